namespace Probes.Connectors.Tests;

/// <summary>The family's ground truth: independent models differ, the student resembles its teacher most.</summary>
public sealed class SimulatedLineageTests
{
    private static readonly string[] _others = ["sim-alpha", "sim-beta", "sim-gamma"];

    private static WordProfile Words(string model, int firstSeed, double temperature = 1.0) =>
        WordProfile.Of(SimulatedSamples.Replies(model, SimulatedSamples.OpenPrompts, seeds: 12, firstSeed, temperature));

    [Fact]
    public void Student_word_usage_is_closer_to_the_teacher_than_to_any_other_model()
    {
        var student = Words("sim-student", firstSeed: 1);
        var toTeacher = student.Overlap(Words("sim-teacher", firstSeed: 1000));

        foreach (var other in _others)
        {
            Assert.True(toTeacher > student.Overlap(Words(other, firstSeed: 1000)), $"student is as close to {other}");
        }
    }

    [Fact]
    public void Student_greedy_word_usage_is_closer_to_the_teacher_than_to_any_other_model()
    {
        var student = Words("sim-student", firstSeed: 1, temperature: 0);
        var toTeacher = student.Overlap(Words("sim-teacher", firstSeed: 1, temperature: 0));

        foreach (var other in _others)
        {
            Assert.True(toTeacher > student.Overlap(Words(other, firstSeed: 1, temperature: 0)), $"student is as close to {other}");
        }
    }

    [Fact]
    public void A_model_matches_itself_across_seeds_better_than_any_other_model()
    {
        var names = Simulated.SimulatedFamily.Standard.ModelNames;
        foreach (var model in names)
        {
            var self = Words(model, firstSeed: 1).Overlap(Words(model, firstSeed: 1000));
            foreach (var other in names.Where(name => name != model))
            {
                Assert.True(self > Words(model, firstSeed: 1).Overlap(Words(other, firstSeed: 1000)), $"{model} vs {other}");
            }
        }
    }

    [Fact]
    public void Student_picks_the_teachers_answers_more_often_than_any_other_models()
    {
        double Agreement(string a, string b) => SimulatedSamples.PickPrompts.Average(prompt =>
        {
            var answersA = SimulatedSamples.Replies(a, [prompt], seeds: 60, firstSeed: 1).Select(SimulatedSamples.PickedAnswer);
            var answersB = SimulatedSamples.Replies(b, [prompt], seeds: 60, firstSeed: 500).Select(SimulatedSamples.PickedAnswer).ToList();
            return answersA.Average(answer => answersB.Count(other => other == answer) / 60.0);
        });

        var withTeacher = Agreement("sim-student", "sim-teacher");
        foreach (var other in _others)
        {
            // Unrelated models agree by chance too; a distilled student must agree clearly more with its teacher.
            Assert.True(withTeacher > 2 * Agreement("sim-student", other), $"student agrees about as much with {other}");
        }
    }

    [Fact]
    public void Student_sometimes_claims_the_teachers_identity_and_independent_models_never_claim_another()
    {
        var student = SimulatedSamples.Replies("sim-student", SimulatedSamples.IdentityPrompts, seeds: 50, firstSeed: 1).ToList();
        var teacherClaims = student.Count(reply => reply.Contains("Teacher-Sim", StringComparison.Ordinal));
        var ownClaims = student.Count(reply => reply.Contains("Student-Sim", StringComparison.Ordinal));

        Assert.InRange(teacherClaims, 1, ownClaims - 1);
        foreach (var (model, display) in new[] { ("sim-teacher", "Teacher-Sim"), ("sim-alpha", "Alpha-Sim"), ("sim-beta", "Beta-Sim") })
        {
            Assert.All(SimulatedSamples.Replies(model, SimulatedSamples.IdentityPrompts, seeds: 25, firstSeed: 1),
                reply => Assert.Contains(display, reply, StringComparison.Ordinal));
        }
    }
}
