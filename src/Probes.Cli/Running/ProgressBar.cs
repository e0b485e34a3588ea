using System.Diagnostics;
using Probes.Contracts;

namespace Probes.Cli.Running;

/// <summary>
/// A live progress line on a terminal; when output is redirected (a log, a test) it prints a plain line every few
/// seconds instead of carriage-return redraws.
/// </summary>
public sealed class ProgressBar(TextWriter output)
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastPlain;

    public void Show(CampaignProgress progress)
    {
        if (_interactive)
        {
            output.Write('\r' + Line(progress));
        }
        else if (_lastPlain is not { } last || _clock.Elapsed - last >= TimeSpan.FromSeconds(5))
        {
            _lastPlain = _clock.Elapsed;
            output.WriteLine(Line(progress));
        }
    }

    public void Finish(CampaignProgress progress)
    {
        output.Write(_interactive ? '\r' + Line(progress) + Environment.NewLine : Line(progress) + Environment.NewLine);
        output.WriteLine($"{progress.Status.ToString().ToLowerInvariant()} in {_clock.Elapsed.TotalSeconds:F1} s");
    }

    private string Line(CampaignProgress p)
    {
        var fraction = p.Total == 0 ? 1.0 : (double)p.Completed / p.Total;
        var filled = (int)Math.Round(fraction * Width);
        var rate = p.Completed / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {p.Completed}/{p.Total} ({fraction:P0}) " +
               $"{rate:F0}/s errors {p.Errors}";
    }
}
