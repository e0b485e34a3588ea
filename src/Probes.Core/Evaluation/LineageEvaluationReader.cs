using System.Text.Json;

namespace Probes.Core.Evaluation;

/// <summary>
/// Reads <c>{"evaluation": {"candidates": [..], "strong": [{"student","expected"}], "family": [{"student","family",
/// "expected"}], "controls": [..]}}</c>; the file's other fields are documentation and are not read. Every problem
/// names its place (<c>evaluation.strong[2].expected</c>), and a set that cannot be scored is rejected: an expected
/// parent that is not a candidate, or a model scored twice, would silently change the metrics.
/// </summary>
internal static class LineageEvaluationReader
{
    public static LineageEvaluation Read(string json, string source)
    {
        using var document = Parse(json, source);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("evaluation", out var evaluation)
            || evaluation.ValueKind != JsonValueKind.Object)
        {
            throw Problem(source, "evaluation", "required object is missing");
        }
        var candidates = Names(source, evaluation, "candidates", required: true);
        if (Duplicate(candidates) is { } twice)
        {
            throw Problem(source, "evaluation.candidates", $"'{twice}' is listed twice");
        }
        var candidateSet = candidates.ToHashSet(StringComparer.Ordinal);
        var students = new List<ScoredStudent>();
        students.AddRange(Students(source, evaluation, "strong", StudentGroup.Strong, candidateSet));
        students.AddRange(Students(source, evaluation, "family", StudentGroup.Family, candidateSet));
        students.AddRange(Names(source, evaluation, "controls", required: false)
            .Select(name => new ScoredStudent(name, StudentGroup.Control, [])));
        foreach (var student in students)
        {
            if (candidateSet.Contains(student.Student))
            {
                throw Problem(source, "evaluation", $"'{student.Student}' is both a candidate and a scored student");
            }
        }
        if (Duplicate(students.Select(s => s.Student).ToList()) is { } scoredTwice)
        {
            throw Problem(source, "evaluation", $"student '{scoredTwice}' is scored twice");
        }
        return new LineageEvaluation(candidates, students);
    }

    private static IEnumerable<ScoredStudent> Students(string source, JsonElement evaluation, string group,
        StudentGroup kind, IReadOnlySet<string> candidates)
    {
        if (!evaluation.TryGetProperty(group, out var list))
        {
            yield break;
        }
        var path = $"evaluation.{group}";
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Problem(source, path, "expected a list");
        }
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Problem(source, itemPath, "expected an object with 'student' and 'expected'");
            }
            var student = Text(source, item, "student", itemPath);
            var expected = Names(source, item, "expected", required: true, itemPath);
            if (expected.FirstOrDefault(parent => !candidates.Contains(parent)) is { } stranger)
            {
                throw Problem(source, $"{itemPath}.expected", $"'{stranger}' is not a candidate");
            }
            var family = item.TryGetProperty("family", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            yield return new ScoredStudent(student, kind, expected, family);
        }
    }

    private static List<string> Names(string source, JsonElement parent, string field, bool required, string parentPath = "evaluation")
    {
        var path = $"{parentPath}.{field}";
        if (!parent.TryGetProperty(field, out var list))
        {
            return required ? throw Problem(source, path, "required list is missing") : [];
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Problem(source, path, "expected a list of names");
        }
        var names = list.EnumerateArray()
            .Select((item, i) => item.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(item.GetString())
                ? item.GetString()!
                : throw Problem(source, $"{path}[{i}]", "expected a non-empty name"))
            .ToList();
        return required && names.Count == 0 ? throw Problem(source, path, "must not be empty") : names;
    }

    private static string Text(string source, JsonElement item, string field, string path) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(value.GetString())
            ? value.GetString()!
            : throw Problem(source, $"{path}.{field}", "required name is missing or empty");

    private static string? Duplicate(IReadOnlyList<string> names) =>
        names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{source}: malformed JSON: {error.Message}", error);
        }
    }

    private static InvalidDataException Problem(string source, string path, string problem) => new($"{source}: {path}: {problem}");
}
