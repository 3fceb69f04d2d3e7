using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>
/// What the partial _Tekenlinks shows, for a leer-werkovereenkomst and a samenwerkingsovereenkomst alike: the links,
/// whether the user may revoke and re-send, and whether the agreement waits for signatures (re-sending is possible).
/// </summary>
public sealed record TekenlinksWeergave(int AgreementId, IReadOnlyList<Ondertekeningslink> Links, bool CanEdit, bool WaitsForSignatures, DateTime UtcNow)
{
    public string State(Ondertekeningslink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.UsedAt is not null ? "getekend"
            : link.RevokedAt is not null ? "ingetrokken"
            : link.ExpiresAt <= UtcNow ? "verlopen"
            : "open";
    }
}
