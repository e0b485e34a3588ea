using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>
/// One scripted way for the loopback server to answer (or not answer) a request, written in the request's own
/// wire format. <see cref="Name"/> makes theory cases readable.
/// </summary>
public sealed class ServerFault
{
    private readonly Func<HttpContext, LoopbackExchange, Task> _apply;

    internal ServerFault(string name, Func<HttpContext, LoopbackExchange, Task> apply)
    {
        Name = name;
        _apply = apply;
    }

    public string Name { get; }

    public Task ApplyAsync(HttpContext context) => _apply(context, LoopbackChatServer.ExchangeOf(context));

    public override string ToString() => Name;
}

/// <summary>Turns faults into a <see cref="LoopbackChatServer.Behaviour"/>, keyed by the request's number.</summary>
public static class FaultScript
{
    /// <summary>Request n gets <paramref name="byRequest"/>[n − 1]; a null entry and every later request are served normally.</summary>
    public static Func<int, HttpContext, Task<bool>> Of(params ServerFault?[] byRequest) =>
        async (number, context) =>
        {
            if (number > byRequest.Length || byRequest[number - 1] is not { } fault)
            {
                return false;
            }
            await fault.ApplyAsync(context).ConfigureAwait(false);
            return true;
        };

    /// <summary>Every request gets <paramref name="fault"/>.</summary>
    public static Func<int, HttpContext, Task<bool>> Always(ServerFault fault) =>
        async (_, context) =>
        {
            await fault.ApplyAsync(context).ConfigureAwait(false);
            return true;
        };
}
