using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The outcome of a requested status change of a leer-werkovereenkomst: allowed, or refused. Each refusal is a
/// <see cref="Finding"/> like any rule's (ADR 0002): a stable code from <see cref="LevensloopCode"/> (the id of the
/// catalogue rule it rests on, or a finer id under it), the kind, a Dutch message and the catalogue's citation in
/// force on the day. A refusal is a business "no", never an exception.
/// </summary>
public sealed record Overgang(LeerwerkovereenkomstStatus From, LeerwerkovereenkomstStatus To, IReadOnlyList<Finding> Refusals)
{
    public bool IsAllowed => Refusals.Count == 0;

    public static Overgang Allowed(LeerwerkovereenkomstStatus from, LeerwerkovereenkomstStatus to) => new(from, to, []);
}
