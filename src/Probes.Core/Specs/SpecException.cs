namespace Probes.Core.Specs;

/// <summary>
/// A spec or probe set that cannot run. The message is one line, <c>{file}:{line}: {field}: {problem}</c>,
/// so a user can jump straight to the offending line; values of secrets never appear in it.
/// </summary>
public sealed class SpecException : Exception
{
    public SpecException(string file, int? line, string? field, string problem, Exception? innerException = null)
        : base(Format(file, line, field, problem), innerException)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    public string File { get; }

    /// <summary>1-based line, when the problem has a place in the text.</summary>
    public int? Line { get; }

    /// <summary>Dotted path such as <c>targets[1].rate.requests_per_minute</c>; null for problems of the whole text.</summary>
    public string? Field { get; }

    public string Problem { get; }

    private static string Format(string file, int? line, string? field, string problem)
    {
        var place = line is { } number ? $"{file}:{number}" : file;
        // Problems quote user text, which may span lines; the message stays one line so logs and editors can parse it.
        var oneLine = problem.ReplaceLineEndings("\\n");
        return field is null ? $"{place}: {oneLine}" : $"{place}: {field}: {oneLine}";
    }
}
