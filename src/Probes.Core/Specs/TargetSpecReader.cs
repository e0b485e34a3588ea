using Probes.Core.Datasets;

namespace Probes.Core.Specs;

/// <summary>Reads the <c>targets</c> list: ids, providers, API key variables, rates, replay datasets and prices.</summary>
internal static class TargetSpecReader
{
    private static readonly string[] TargetFields = ["id", "provider", "model", "base_url", "api_key_env", "rate", "dataset", "price"];
    private static readonly string[] RateFields = ["requests_per_minute", "tokens_per_minute", "max_in_flight"];

    /// <param name="baseDirectory">Dataset folders are resolved relative to this folder.</param>
    public static IReadOnlyList<TargetSpec> Read(YamlNodeReader node, string baseDirectory, SpecEnvironment env)
    {
        var items = node.Items();
        if (items.Count == 0)
        {
            throw node.Error("list at least one target");
        }
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new List<TargetSpec>(items.Count);
        foreach (var item in items)
        {
            var target = ReadTarget(item.Mapping(TargetFields), baseDirectory, env);
            if (!firstPathById.TryAdd(target.Id, item.Path))
            {
                throw item.Required("id").Error($"duplicate target id '{target.Id}' (first used by {firstPathById[target.Id]})");
            }
            targets.Add(target);
        }
        return targets;
    }

    private static TargetSpec ReadTarget(YamlNodeReader target, string baseDirectory, SpecEnvironment env)
    {
        var id = SpecIdentifier.Read(target.Required("id"));
        var providerNode = target.Required("provider");
        var provider = providerNode.Text();
        if (!env.KnownProviders.Contains(provider))
        {
            var known = string.Join(", ", env.KnownProviders.Order(StringComparer.Ordinal));
            throw providerNode.Error($"unknown provider '{provider}' (known: {known})");
        }
        var model = target.Required("model").Text();
        return new TargetSpec(
            id,
            provider,
            model,
            ReadBaseUrl(target.Optional("base_url")),
            ReadApiKeyVariable(target.Optional("api_key_env"), env),
            ReadRate(target.Optional("rate")),
            ReadDataset(target, provider, model, baseDirectory),
            BudgetSpecReader.ReadPrice(target.Optional("price")));
    }

    // A replay target fails on its first call if its recording is not there, so the folder and the model's file are
    // checked now; any other provider would silently ignore a dataset, so naming one there is a mistake.
    private static string? ReadDataset(YamlNodeReader target, string provider, string model, string baseDirectory)
    {
        if (!string.Equals(provider, TargetSpec.ReplayProvider, StringComparison.OrdinalIgnoreCase))
        {
            return target.Optional("dataset") is { } misplaced
                ? throw misplaced.Error($"only a '{TargetSpec.ReplayProvider}' target reads a dataset")
                : null;
        }
        var node = target.Required("dataset");
        var folder = node.FullPath(baseDirectory);
        if (!Directory.Exists(folder))
        {
            throw node.Error($"dataset folder not found: {folder}");
        }
        var responses = RecordedDataset.ResponsesPath(folder, model);
        if (responses is null || !File.Exists(responses))
        {
            throw node.Error($"no recorded responses for model '{model}' (looked for {responses ?? model})");
        }
        return folder;
    }

    private static string? ReadBaseUrl(YamlNodeReader? node)
    {
        if (node is null)
        {
            return null;
        }
        var text = node.Text();
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? text
            : throw node.Error($"expected an absolute http or https URL, found '{text}'");
    }

    // Checked now so a campaign never starts and then fails on its first call; only the name is ever reported.
    private static string? ReadApiKeyVariable(YamlNodeReader? node, SpecEnvironment env)
    {
        if (node is null)
        {
            return null;
        }
        var variable = node.Text();
        return string.IsNullOrEmpty(env.GetVariable(variable))
            ? throw node.Error($"environment variable '{variable}' is not set or is empty")
            : variable;
    }

    private static RateSettings ReadRate(YamlNodeReader? node)
    {
        if (node is null)
        {
            return RateSettings.Default;
        }
        node.Mapping(RateFields);
        return new RateSettings(
            node.Optional("requests_per_minute")?.PositiveInt() ?? RateSettings.Default.RequestsPerMinute,
            node.Optional("max_in_flight")?.PositiveInt() ?? RateSettings.Default.MaxInFlight,
            node.Optional("tokens_per_minute")?.PositiveInt());
    }
}
