using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Leerwerk.Domain.StageUren;
using Microsoft.Net.Http.Headers;

namespace Leerwerk.Web.Api;

/// <summary>
/// Strong ETags of the records the API lets change, and the If-Match check: an update made on an old copy is refused
/// (412) instead of silently overwriting what someone else changed in between.
/// </summary>
public static class ETags
{
    /// <summary>The version of an hour entry: everything a client sees of it that can change.</summary>
    public static string Of(StageUrenRegel entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var state = string.Join('|', entry.Id, entry.Status, entry.Hours.ToString(CultureInfo.InvariantCulture), entry.Note,
            entry.ReviewedBy, entry.ReviewedAt?.Ticks, entry.CorrectedById);
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..20] + "\"";
    }

    /// <summary>Whether the request's If-Match names <paramref name="current"/> (or is <c>*</c>); null when it has none.</summary>
    public static bool? Matches(HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var wanted = EntityTagHeaderValue.Parse(current);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(wanted, useStrongComparison: true));
    }
}
