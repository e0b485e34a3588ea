namespace Probes.Core.Rates;

/// <summary>
/// The circuit every target's governor uses (section <c>Probes:Circuit</c>); see <see cref="CircuitSettings"/> for
/// what each bound means. The defaults are <see cref="CircuitSettings.Default"/>.
/// </summary>
public sealed class CircuitOptions
{
    public const string SectionName = "Probes:Circuit";

    /// <summary>Share of server faults among the window's calls at which the circuit opens, in (0, 1].</summary>
    public double FailureRatio { get; set; } = CircuitSettings.Default.FailureRatio;

    /// <summary>Calls the window must hold before its failure ratio counts, so one early fault does not open the circuit.</summary>
    public int MinimumCalls { get; set; } = CircuitSettings.Default.MinimumCalls;

    /// <summary>How far back finished calls count towards the failure ratio.</summary>
    public TimeSpan SamplingWindow { get; set; } = CircuitSettings.Default.Window;

    /// <summary>How long the first opening lasts.</summary>
    public TimeSpan BreakDuration { get; set; } = CircuitSettings.Default.BreakDuration;

    /// <summary>The longest an opening lasts after repeated failed half-open probes.</summary>
    public TimeSpan MaxBreakDuration { get; set; } = CircuitSettings.Default.MaxBreakDuration;

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Problem() => this switch
    {
        { FailureRatio: not (> 0 and <= 1) } => "FailureRatio must be in (0, 1].",
        { MinimumCalls: < 1 } => "MinimumCalls must be at least 1.",
        { SamplingWindow.Ticks: <= 0 } => "SamplingWindow must be positive.",
        { BreakDuration.Ticks: <= 0 } => "BreakDuration must be positive.",
        _ when MaxBreakDuration < BreakDuration => "MaxBreakDuration must be at least BreakDuration.",
        _ => null,
    };

    public CircuitSettings ToSettings() => new(FailureRatio, MinimumCalls, SamplingWindow, BreakDuration, MaxBreakDuration);
}
