namespace Probes.Core.Rates;

/// <summary>
/// The failure-ratio circuit of one target, fed with the finished calls the shards hand back. While open, the
/// governor grants nothing, so a failing endpoint is not hammered by every shard of every silo at once.
/// </summary>
public sealed class CircuitBreaker(TimeProvider time, CircuitSettings settings)
{
    private readonly Queue<(DateTimeOffset At, int Calls, int Faults)> _recent = new();
    private int _calls;
    private int _faults;
    private DateTimeOffset _openUntil;
    private TimeSpan _nextBreak = settings.BreakDuration;
    private bool _probeGranted;
    private DateTimeOffset _probeGrantedAt;

    public CircuitState State { get; private set; } = CircuitState.Closed;

    /// <summary>How long the circuit stays open from now (zero unless open).</summary>
    public TimeSpan RemainingBreak
    {
        get
        {
            Advance();
            return State == CircuitState.Open ? _openUntil - time.GetUtcNow() : TimeSpan.Zero;
        }
    }

    /// <summary>How many calls the circuit lets through now: none when open, one probe when half-open.</summary>
    public int Allowance(int wanted)
    {
        Advance();
        return State switch
        {
            CircuitState.Closed => wanted,
            // A probe whose outcome never came back (its holder vanished) is replaced after a window.
            CircuitState.HalfOpen when !_probeGranted || time.GetUtcNow() - _probeGrantedAt > settings.Window => Math.Min(wanted, 1),
            _ => 0,
        };
    }

    public void Granted(int count)
    {
        if (State == CircuitState.HalfOpen && count > 0)
        {
            _probeGranted = true;
            _probeGrantedAt = time.GetUtcNow();
        }
    }

    /// <summary>Folds in finished calls: <paramref name="completed"/> of them, <paramref name="serverFaults"/> failed.</summary>
    public void Record(int completed, int serverFaults)
    {
        if (completed <= 0)
        {
            return;
        }
        Advance();
        var now = time.GetUtcNow();
        if (State == CircuitState.HalfOpen)
        {
            // Any outcome after the probe went out decides: calls still running from before the break are rare.
            if (!_probeGranted)
            {
                return;
            }
            if (serverFaults > 0)
            {
                _nextBreak = TimeSpan.FromTicks(Math.Min(_nextBreak.Ticks * 2, settings.MaxBreakDuration.Ticks));
                Open(now);
            }
            else
            {
                State = CircuitState.Closed;
                _nextBreak = settings.BreakDuration;
            }
            return;
        }
        if (State == CircuitState.Open)
        {
            return;
        }
        _recent.Enqueue((now, completed, serverFaults));
        _calls += completed;
        _faults += serverFaults;
        while (_recent.Count > 0 && now - _recent.Peek().At > settings.Window)
        {
            var old = _recent.Dequeue();
            _calls -= old.Calls;
            _faults -= old.Faults;
        }
        if (_calls >= settings.MinimumCalls && _faults >= settings.FailureRatio * _calls)
        {
            Open(now);
        }
    }

    private void Open(DateTimeOffset now)
    {
        State = CircuitState.Open;
        _openUntil = now + _nextBreak;
        _probeGranted = false;
        _recent.Clear();
        _calls = 0;
        _faults = 0;
    }

    private void Advance()
    {
        if (State == CircuitState.Open && time.GetUtcNow() >= _openUntil)
        {
            State = CircuitState.HalfOpen;
        }
    }
}
