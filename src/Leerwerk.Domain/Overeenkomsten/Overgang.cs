namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The outcome of a requested status change of a leer-werkovereenkomst: allowed, or refused with the
/// Dutch reasons a coordinator reads on the page. A refusal is a business "no", never an exception.
/// </summary>
public sealed record Overgang(LeerwerkovereenkomstStatus From, LeerwerkovereenkomstStatus To, IReadOnlyList<string> Reasons)
{
    public bool IsAllowed => Reasons.Count == 0;

    public static Overgang Allowed(LeerwerkovereenkomstStatus from, LeerwerkovereenkomstStatus to) => new(from, to, []);

    public static Overgang Refused(LeerwerkovereenkomstStatus from, LeerwerkovereenkomstStatus to, params string[] reasons) =>
        new(from, to, reasons);
}
