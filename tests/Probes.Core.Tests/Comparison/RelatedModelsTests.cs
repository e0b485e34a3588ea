using Probes.Core.Comparison;

namespace Probes.Core.Tests.Comparison;

/// <summary>The point of the whole exercise: related generators must score above unrelated ones.</summary>
public sealed class RelatedModelsTests
{
    private static readonly SyntheticModel Teacher = SyntheticModel.Create(seed: 1, claim: "Claude", bulletRate: 0.6, meanWords: 40);
    private static readonly SyntheticModel Student = Teacher.Derive(seed: 2, drift: 0.2);
    private static readonly SyntheticModel Unrelated = SyntheticModel.Create(seed: 3, claim: "Gemini", bulletRate: 0.1, meanWords: 25);

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(30)]
    public void A_student_is_closer_to_its_teacher_than_an_unrelated_model_is(int seed)
    {
        var teacher = Teacher.Fingerprint("teacher", seed);
        var student = Student.Fingerprint("student", seed + 1);
        var unrelated = Unrelated.Fingerprint("unrelated", seed + 2);

        var related = FingerprintSimilarity.Compare(teacher, student);
        var teacherUnrelated = FingerprintSimilarity.Compare(teacher, unrelated);
        var studentUnrelated = FingerprintSimilarity.Compare(student, unrelated);

        Assert.True(related.Combined > teacherUnrelated.Combined + 0.2, $"{related.Combined} vs {teacherUnrelated.Combined}");
        Assert.True(related.Combined > studentUnrelated.Combined + 0.2, $"{related.Combined} vs {studentUnrelated.Combined}");
        foreach (var family in new[] { "lexical", "answers", "format", "identity" })
        {
            Assert.True(related.Family(family)!.Similarity > teacherUnrelated.Family(family)!.Similarity, family);
        }
    }

    [Fact]
    public void A_second_sample_of_the_same_model_is_closer_still()
    {
        var teacher = Teacher.Fingerprint("teacher", 40);
        var teacherAgain = Teacher.Fingerprint("teacher-again", 41);
        var student = Student.Fingerprint("student", 42);
        Assert.True(FingerprintSimilarity.Compare(teacher, teacherAgain).Combined > FingerprintSimilarity.Compare(teacher, student).Combined);
    }

    [Fact]
    public void The_matrix_finds_the_related_pair_and_explains_it()
    {
        var matrix = SimilarityMatrix.Build([Unrelated.Fingerprint("unrelated", 50), Teacher.Fingerprint("teacher", 51), Student.Fingerprint("student", 52)]);
        var best = matrix.MostSimilarPair!;
        Assert.Equal(("teacher", "student"), (best.A, best.B));
        var answers = best.Family("answers")!;
        Assert.NotEmpty(answers.Drivers);
        Assert.All(answers.Drivers, driver => Assert.Matches("^[a-z0-9-]+: \"[a-z]+\" [0-9.]+ vs [0-9.]+$", driver));
        Assert.NotEmpty(best.Family("lexical")!.Drivers);
        Assert.Contains("anthropic", best.Family("identity")!.Drivers[0]);
    }
}
