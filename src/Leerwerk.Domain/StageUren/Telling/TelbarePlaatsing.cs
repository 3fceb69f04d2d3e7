using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.StageUren.Telling;

/// <summary>
/// One leer-werkovereenkomst of a student, prepared for counting many days: the day it was fully signed and the
/// windows of its leerbedrijf's LWT erkenningen for the student's profiel (E5). Both depend on the agreement and the
/// company only, so they are computed once per count instead of once per hour entry or forecast day; the lapse
/// (F2) sorts all the company's hosting periods, which for a company with many students is the expensive part.
/// </summary>
public sealed class TelbarePlaatsing
{
    private readonly ErkenningVenster[] vensters;

    private TelbarePlaatsing(Leerwerkovereenkomst plaatsing, DateOnly? signedOn, ErkenningVenster[] vensters)
    {
        Plaatsing = plaatsing;
        SignedOn = signedOn;
        this.vensters = vensters;
    }

    public Leerwerkovereenkomst Plaatsing { get; }

    /// <summary>The day the last required party signed (E6), or null while a signature is missing.</summary>
    public DateOnly? SignedOn { get; }

    public static TelbarePlaatsing Of(Leerling leerling, Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(plaatsing);
        var bedrijf = plaatsing.Leerbedrijf;
        ErkenningVenster[] vensters = bedrijf is null
            ? []
            : [.. bedrijf.Erkenningen
                .Where(e => e.IsLwtFor(leerling.ProfielCode))
                .Select(e => ErkenningGeldigheid.Venster(e, bedrijf.LwtStageperioden))];
        return new TelbarePlaatsing(plaatsing, Ondertekenaars.SignedOn(plaatsing, leerling), vensters);
    }

    /// <summary>See <see cref="UrenTelling.InPeriode"/>.</summary>
    public bool InPeriode(DateOnly date) => UrenTelling.InPeriode(Plaatsing, date);

    /// <summary>Fully signed on or before the day (E6).</summary>
    public bool OndertekendOp(DateOnly date) => SignedOn <= date;

    /// <summary>The leerbedrijf has an LWT erkenning for the student's profiel that counts on the day (E5).</summary>
    public bool HeeftErkenningOp(DateOnly date)
    {
        foreach (var venster in vensters)
        {
            if (venster.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when stage under this agreement on this day would count (period, signature, erkenning).</summary>
    public bool TeltOp(DateOnly date, bool assumeSigned) =>
        InPeriode(date) && (assumeSigned || OndertekendOp(date)) && HeeftErkenningOp(date);
}
