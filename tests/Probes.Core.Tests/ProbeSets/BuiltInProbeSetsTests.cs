using Probes.Core.ProbeSets;
using Probes.Core.Work;

namespace Probes.Core.Tests.ProbeSets;

public sealed class BuiltInProbeSetsTests
{
    private static readonly string[] CoreFamilies = ["identity", "gene", "style", "refusal", "continuation"];

    [Fact]
    public void Core_loads_with_its_name_and_version()
    {
        var core = BuiltInProbeSets.Find("core");

        Assert.NotNull(core);
        Assert.Equal("core@1", core.Key);
        Assert.InRange(core.Probes.Count, 24, 30);
    }

    [Fact]
    public void Every_built_in_set_is_named_after_its_file()
    {
        Assert.Contains("core", BuiltInProbeSets.Names);
        foreach (var name in BuiltInProbeSets.Names)
        {
            Assert.Equal(name, BuiltInProbeSets.Find(name)!.Name);
        }
    }

    [Fact]
    public void Unknown_names_are_not_found()
    {
        Assert.Null(BuiltInProbeSets.Find("Core"));
        Assert.Null(BuiltInProbeSets.Find("missing"));
    }

    [Fact]
    public void Core_ids_are_unique_and_prefixed_by_their_family()
    {
        var probes = BuiltInProbeSets.Find("core")!.Probes;

        Assert.Equal(probes.Count, probes.Select(probe => probe.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(probes, probe => Assert.StartsWith(probe.Family + ".", probe.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Core_covers_every_family()
    {
        var families = BuiltInProbeSets.Find("core")!.Probes.Select(probe => probe.Family).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(CoreFamilies.Order(StringComparer.Ordinal), families.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Core_identity_probes_speak_several_languages_and_include_wrappers()
    {
        var creator = BuiltInProbeSets.Find("core")!.Probes.Single(probe => probe.Id == "identity.creator");

        Assert.Contains(creator.Variants, variant => variant.Any(c => c is >= '\u4e00' and <= '\u9fff'));
        Assert.Contains(creator.Variants, variant => variant.Contains('¿'));
        Assert.Contains(creator.Variants, variant => variant.Contains('\n'));
    }

    [Fact]
    public void Gene_probes_ask_for_a_single_short_answer()
    {
        var genes = BuiltInProbeSets.Find("core")!.Probes.Where(probe => probe.Family == "gene").ToArray();

        Assert.True(genes.Length >= 8);
        Assert.All(genes.SelectMany(probe => probe.Variants), variant => Assert.True(variant.Length < 120, variant));
    }

    [Fact]
    public void Core_keeps_a_small_work_plan_per_target()
    {
        var plan = new WorkPlan([BuiltInProbeSets.Find("core")!], samplesPerProbe: 6);

        Assert.InRange(plan.Count, 24 * 6, 1500);
    }
}
