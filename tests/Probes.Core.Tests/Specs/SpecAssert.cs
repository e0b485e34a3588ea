using Probes.Core.Specs;

namespace Probes.Core.Tests.Specs;

internal static class SpecAssert
{
    /// <summary>Parses <paramref name="yaml"/> as <c>spec.yaml</c> and checks where and why it was rejected.</summary>
    public static SpecException Rejected(string yaml, int line, string? field, string problemFragment, SpecEnvironment? env = null)
    {
        var error = Assert.Throws<SpecException>(() =>
            CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), env ?? TestSpecEnvironment.With()));
        return Located(error, "spec.yaml", line, field, problemFragment);
    }

    public static SpecException Located(SpecException error, string file, int line, string? field, string problemFragment)
    {
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(problemFragment, error.Problem, StringComparison.Ordinal);
        var place = field is null ? $"{file}:{line}: " : $"{file}:{line}: {field}: ";
        Assert.Equal(place + error.Problem, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
