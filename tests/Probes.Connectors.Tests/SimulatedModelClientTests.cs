using Microsoft.Extensions.Time.Testing;
using Probes.Connectors.Simulated;
using Probes.Core.Specs;

namespace Probes.Connectors.Tests;

public sealed class SimulatedModelClientTests
{
    [Fact]
    public async Task Replies_are_labelled_synthetic_with_usage_estimates()
    {
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Simulated, "sim-teacher"));

        var reply = await client.CompleteAsync(new ModelCall("Who are you?", SamplingSettings.Default, 9), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal("sim-teacher (synthetic)", reply.ReturnedModel);
        Assert.StartsWith("sim-", reply.SystemFingerprint, StringComparison.Ordinal);
        Assert.Contains("synthetic", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("stop", reply.FinishReason);
        var words = reply.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal((int)Math.Ceiling(words * 1.3 - 1e-9), reply.CompletionTokens);
        Assert.Equal(4, reply.PromptTokens); // three words × 1.3, rounded up
        Assert.Equal(1, reply.Attempts);
    }

    [Fact]
    public void Each_model_has_its_own_system_fingerprint()
    {
        var fingerprints = SimulatedFamily.Standard.ModelNames.Select(name => SimulatedFamily.Standard.Get(name).SystemFingerprint);

        Assert.Equal(SimulatedFamily.Standard.ModelNames.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void The_family_has_a_teacher_its_student_and_independent_models()
    {
        var family = SimulatedFamily.Standard;

        Assert.Equal(["sim-teacher", "sim-student", "sim-alpha", "sim-beta", "sim-gamma"], family.ModelNames);
        Assert.Equal("sim-teacher", family.Get("sim-student").TeacherName);
        Assert.All(family.ModelNames.Where(name => name != "sim-student"), name => Assert.Null(family.Get(name).TeacherName));
    }

    [Fact]
    public async Task The_token_budget_cuts_the_reply_and_reports_length()
    {
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Simulated, "sim-alpha"));

        var reply = await client.CompleteAsync(new ModelCall("Write about the ocean.", new SamplingSettings(1, 8, null), 4),
            CancellationToken.None);

        Assert.Equal("length", reply.FinishReason);
        Assert.InRange(reply.CompletionTokens!.Value, 1, 8);
        Assert.Equal(6, reply.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void An_unknown_model_is_an_error_that_lists_the_available_ones()
    {
        using var host = ConnectorTestHost.Create();

        var error = Assert.Throws<ArgumentException>(() =>
            host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Simulated, "sim-omega")));

        Assert.Contains("sim-omega", error.Message, StringComparison.Ordinal);
        Assert.All(SimulatedFamily.Standard.ModelNames, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulated_latency_is_waited_on_the_time_provider()
    {
        var time = new FakeTimeProvider();
        using var host = ConnectorTestHost.Create(
            new Dictionary<string, string?> { ["Probes:Simulated:Latency"] = "00:00:00.250" }, time);
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Simulated, "sim-beta"));

        var pending = client.CompleteAsync(new ModelCall("Hello.", SamplingSettings.Default, 1), CancellationToken.None);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(250));
        var reply = await pending;

        Assert.Equal(TimeSpan.FromMilliseconds(250), reply.Latency);
        Assert.Null(reply.Error);
    }

    [Fact]
    public async Task Cancellation_during_simulated_latency_is_honoured()
    {
        var time = new FakeTimeProvider();
        using var host = ConnectorTestHost.Create(
            new Dictionary<string, string?> { ["Probes:Simulated:Latency"] = "00:00:01" }, time);
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Simulated, "sim-beta"));
        using var cancellation = new CancellationTokenSource();

        var pending = client.CompleteAsync(new ModelCall("Hello.", SamplingSettings.Default, 1), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }
}
