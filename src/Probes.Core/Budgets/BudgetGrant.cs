namespace Probes.Core.Budgets;

/// <summary>
/// The answer to a reservation: the first <see cref="Items"/> items of the batch may be sent (their worst case,
/// <see cref="Reserved"/>, is now held); or none may be sent yet because other holders' reservations may still free
/// budget (<see cref="Wait"/>); or none ever will, because <see cref="ExhaustedLimit"/> cannot cover the next item even
/// if everything in flight turned out free.
/// </summary>
public sealed record BudgetGrant(int Items, BudgetAmount Reserved, string? ExhaustedLimit)
{
    public bool Exhausted => ExhaustedLimit is not null;

    public bool Wait => Items == 0 && !Exhausted;
}
