using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Doorstroom;

/// <summary>
/// H1–H5 on one recorded mbo enrolment. H1 (MOET) is the only "no": an LWT diploma admits to niveau 2, not
/// to the entreeopleiding, so the doorstroom page refuses niveau 1 for an LWT student. H2–H5 are freedoms
/// and come back as allowed notes, so staff see the choice is lawful.
/// </summary>
public static class DoorstroomRegels
{
    public const int Entreeniveau = 1;

    /// <summary>Whether the student has an LWT diploma or route: any route decision for the leer-werktraject.</summary>
    public static bool IsLwt(Leerling student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return student.Routes.Any(r => r.Route == Leerroute.LeerWerktraject);
    }

    /// <summary>The H1 error when an LWT student is enrolled in the entreeopleiding; null otherwise.</summary>
    public static Finding? EntreeNaLwt(Leerling student, DoorstroomRecord record, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Niveau != Entreeniveau || !IsLwt(student))
        {
            return null;
        }

        return RuleCatalog.Get("H1", referenceDate).Finding(
            $"{student.FullName} heeft een leer-werktraject gevolgd: dat diploma geeft toegang tot mbo niveau 2 en niet tot de entreeopleiding (niveau 1). Kies een opleiding op niveau 2 of hoger.",
            $"Leerling {student.Leerlingnummer} ({student.FullName})");
    }

    /// <summary>
    /// Every H finding for the enrolment: the H1 error if any, then the freedoms H2–H5 that were used.
    /// <paramref name="isPartner"/> says whether the mbo instelling has a samenwerkingsovereenkomst with the school (H4 when not).
    /// </summary>
    public static IReadOnlyList<Finding> Evaluate(Leerling student, DoorstroomRecord record, bool isPartner, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(record);
        var subject = $"Leerling {student.Leerlingnummer} ({student.FullName})";
        var findings = new List<Finding>();
        if (EntreeNaLwt(student, record, referenceDate) is { } h1)
        {
            findings.Add(h1);
        }

        if (record.MboLeerweg == MboLeerweg.Bol)
        {
            findings.Add(RuleCatalog.Get("H2", referenceDate).Finding(
                $"{student.FullName} volgt de opleiding in de bol: toegestaan, de bbl ligt voor de hand maar is niet verplicht.", subject));
        }

        if (!record.IsVerwant)
        {
            findings.Add(RuleCatalog.Get("H3", referenceDate).Finding(
                $"{record.Opleiding} is niet verwant aan het profiel: toegestaan; {student.FullName} begint in het mbo wel vanaf het begin.", subject));
        }

        if (!isPartner && IsLwt(student) && record.Niveau >= 2)
        {
            findings.Add(RuleCatalog.Get("H4", referenceDate).Finding(
                $"{record.MboInstellingName} werkt niet met de school samen: toegestaan, het diploma van het leer-werktraject geeft toelating tot mbo niveau 2.", subject));
        }

        if (!string.IsNullOrWhiteSpace(record.Vrijstellingen))
        {
            findings.Add(RuleCatalog.Get("H5", referenceDate).Finding(
                $"{record.MboInstellingName} stelt vrij: {record.Vrijstellingen}. Toegestaan; voor Nederlands houdt het mbo zijn eigen plicht.", subject));
        }

        return findings;
    }
}
