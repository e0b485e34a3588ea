namespace Probes.Core.Specs;

/// <summary>
/// The demo campaign shipped with the library (<c>Specs/demo.yaml</c>): the core probe set against five synthetic
/// models of the simulated provider, which include a teacher and a student distilled from it.
/// </summary>
public static class DemoSpec
{
    public const string FileName = "demo.yaml";

    private const string ResourceName = "Probes.Core.Specs.demo.yaml";

    public static string Yaml { get; } = ReadResource();

    public static CampaignSpec Load(SpecEnvironment env) =>
        CampaignSpecParser.Parse(Yaml, FileName, AppContext.BaseDirectory, env);

    private static string ReadResource()
    {
        using var stream = typeof(DemoSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
