using Probes.Core.Datasets;
using Probes.Core.ProbeSets;
using Probes.Testing;
using Xunit.Abstractions;

namespace Probes.Core.Tests.Datasets;

/// <summary>A recorded dataset's prompts as a probe set: one probe per prompt, a name from the folder, a content hash as version.</summary>
public sealed class DatasetProbeSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Makes_one_single_variant_probe_per_prompt_with_the_subset_as_family()
    {
        using var data = SyntheticDataset.CreateStandard();

        var set = DatasetProbeSet.From(RecordedDataset.Open(data.Folder));

        Assert.Equal("dataset-tiny-recording", set.Name);
        Assert.Equal(
            [
                new Probe("q1", "gene", ["Name the colour of a clear daytime sky."]),
                new Probe("q2", "style", ["Describe a teapot in one sentence."]),
                new Probe("q3", "gene", ["What is two plus two?"]),
                new Probe("q4", DatasetProbeSet.DefaultFamily, ["Say hello in French."]),
            ],
            set.Probes,
            ProbeComparer.Instance);
        Assert.Matches("^[0-9a-f]{12}$", set.Version);
    }

    [Fact]
    public void The_name_is_the_folder_name_made_safe_for_keys()
    {
        using var data = SyntheticDataset.Create("my set (v2)").WithPrompts(("a", "Hello?", null));

        Assert.Equal("dataset-my_set__v2_", DatasetProbeSet.From(RecordedDataset.Open(data.Folder)).Name);
    }

    [Fact]
    public void The_version_depends_on_ids_and_texts_only()
    {
        using var first = SyntheticDataset.Create().WithPrompts(("a", "Hello?", "x"), ("b", "Bye?", null));
        using var sameElsewhere = SyntheticDataset.Create().WithPrompts(("a", "Hello?", "other"), ("b", "Bye?", null));
        using var editedText = SyntheticDataset.Create().WithPrompts(("a", "Hello!", "x"), ("b", "Bye?", null));
        using var renamedId = SyntheticDataset.Create().WithPrompts(("a2", "Hello?", "x"), ("b", "Bye?", null));

        var version = VersionOf(first);

        Assert.Equal(version, VersionOf(sameElsewhere));
        Assert.NotEqual(version, VersionOf(editedText));
        Assert.NotEqual(version, VersionOf(renamedId));
    }

    [Fact]
    public void The_alpaca_eval_development_set_gives_one_probe_per_prompt()
    {
        var folder = SharedEvalData.AlpacaEvalDev;
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"skipped: the recorded dataset is not on this machine ({folder})");
            return;
        }

        var set = DatasetProbeSet.From(RecordedDataset.Open(folder));

        Assert.Equal("dataset-alpaca-eval-dev", set.Name);
        Assert.Equal(403, set.Probes.Count);
        Assert.Equal(["helpful_base", "koala", "oasst"], set.Probes.Select(p => p.Family).Distinct().Order());
    }

    private static string VersionOf(SyntheticDataset data) => DatasetProbeSet.From(RecordedDataset.Open(data.Folder)).Version;

    private sealed class ProbeComparer : IEqualityComparer<Probe>
    {
        public static readonly ProbeComparer Instance = new();

        public bool Equals(Probe? x, Probe? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Family == y.Family && x.Variants.SequenceEqual(y.Variants);

        public int GetHashCode(Probe obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
