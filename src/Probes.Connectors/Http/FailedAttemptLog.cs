using Microsoft.Extensions.Logging;
using Probes.Core.Records;
using Probes.Core.Specs;

namespace Probes.Connectors.Http;

/// <summary>
/// The one warning every connector writes for a failed attempt, with the same structured fields whichever provider
/// it was, so operators can count failures per target and kind across providers.
/// </summary>
internal static partial class FailedAttemptLog
{
    /// <summary>Logs <paramref name="reply"/> if it failed, and returns it, so a client can end a call with <c>return Logged(…)</c>.</summary>
    public static ModelReply Logged(this ILogger logger, TargetSpec target, ModelReply reply)
    {
        if (reply.Error is { } error)
        {
            LogFailure(logger, target.Id, target.Model, error.Kind, error.Status, ErrorKinds.IsTransient(error));
        }
        return reply;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Call to target {TargetId} (model {Model}) failed: {ErrorKind} status {Status}, transient {Transient}")]
    private static partial void LogFailure(ILogger logger, string targetId, string model, string errorKind, int? status,
        bool transient);
}
