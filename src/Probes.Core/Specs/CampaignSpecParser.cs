namespace Probes.Core.Specs;

/// <summary>
/// Reads and validates a campaign spec. Everything that could stop a campaign part-way (a typo in a field, an unknown
/// provider, a missing API key variable, a probe-set file that is not there) is rejected here, before any call is made.
/// </summary>
public static class CampaignSpecParser
{
    /// <summary>Used when a spec leaves <c>samples_per_probe</c> out.</summary>
    public const int DefaultSamplesPerProbe = 8;

    private static readonly string[] CampaignFields = ["name", "probe_sets", "samples_per_probe", "sampling", "targets", "budget"];
    private static readonly string[] SamplingFields = ["temperature", "max_tokens", "system_prompt"];

    public static CampaignSpec ParseFile(string path, SpecEnvironment env)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new SpecException(path, null, null, $"spec file not found (looked at {fullPath})");
        }
        return Parse(File.ReadAllText(fullPath), path, Path.GetDirectoryName(fullPath)!, env);
    }

    /// <param name="fileName">Named in error messages.</param>
    /// <param name="baseDirectory">Probe-set files and dataset folders are resolved relative to this folder.</param>
    public static CampaignSpec Parse(string yaml, string fileName, string baseDirectory, SpecEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(env);
        var root = YamlNodeReader.LoadDocument(yaml, fileName).Mapping(CampaignFields);
        var name = root.Required("name").Text();
        var probeSets = ProbeSetReferenceReader.Read(root.Required("probe_sets"), baseDirectory, env);
        var samplesPerProbe = root.Optional("samples_per_probe")?.PositiveInt() ?? DefaultSamplesPerProbe;
        var sampling = ReadSampling(root.Optional("sampling"));
        var targetsNode = root.Required("targets");
        var targets = TargetSpecReader.Read(targetsNode, baseDirectory, env);
        var budget = BudgetSpecReader.ReadBudget(root.Optional("budget"), sampling);
        BudgetSpecReader.CheckPrices(budget, targets, targetsNode);
        return new CampaignSpec(name, probeSets, samplesPerProbe, sampling, targets, budget);
    }

    private static SamplingSettings ReadSampling(YamlNodeReader? node)
    {
        var defaults = SamplingSettings.Default;
        if (node is null)
        {
            return defaults;
        }
        node.Mapping(SamplingFields);
        var temperatureNode = node.Optional("temperature");
        var temperature = temperatureNode?.Number() ?? defaults.Temperature;
        if (temperature < 0)
        {
            throw temperatureNode!.Error($"must be zero or more, found {temperature}");
        }
        return new SamplingSettings(
            temperature,
            node.Optional("max_tokens")?.PositiveInt() ?? defaults.MaxTokens,
            node.Optional("system_prompt")?.Text() ?? defaults.SystemPrompt);
    }
}
