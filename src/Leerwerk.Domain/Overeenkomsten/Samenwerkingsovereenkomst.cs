using Leerwerk.Domain.Scholen;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The cooperation agreement between the bevoegd gezag of the school and that of an mbo institution
/// providing a basisberoepsopleiding. Without one in force a school may not offer LWT in the
/// bovenbouw (WVO 2020 art. 2.104; rule A3). Model: brochure bijlage 02.
/// </summary>
public sealed class Samenwerkingsovereenkomst : ISchoolOwned
{
    /// <summary>Notice period of the model agreement (bijlage 02 art. 7; rule G5).</summary>
    public const int NoticeMonths = 6;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int MboInstellingId { get; set; }

    public MboInstelling? MboInstelling { get; set; }

    public SamenwerkingSoort Soort { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>An explicit end; null when the term is "the trajectories plus the following mbo study".</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The day notice was given; the agreement ends six months later.</summary>
    public DateOnly? NoticeGivenOn { get; set; }

    /// <summary>An immediate end (surseance of payment or bankruptcy of a party), or the day it ended otherwise.</summary>
    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    /// <summary>The agreement provides for a doorlopende leerweg up to the basisberoepsopleiding (rule A4).</summary>
    public bool CoversDoorlopendeLeerweg { get; set; }

    /// <summary>Who sits on the toelatingscommissie and on which criteria it decides (rule B8).</summary>
    public string? Toelatingscommissie { get; set; }

    /// <summary>The subjects of cooperation (bijlage "onderwerpen samenwerking").</summary>
    public string? OnderwerpenSamenwerking { get; set; }

    public List<VerwanteOpleiding> VerwanteOpleidingen { get; set; } = [];

    /// <summary>The status history: notice, immediate end, other end.</summary>
    public List<SamenwerkingWijziging> Geschiedenis { get; set; } = [];

    /// <summary>Where signing stands; <see cref="SamenwerkingOndertekenstatus.Vastgelegd"/> (signed outside the app) unless offered through the app.</summary>
    public SamenwerkingOndertekenstatus Ondertekenstatus { get; set; }

    /// <summary>When it last went out for signing through the app: the date of the text the parties sign.</summary>
    public DateTime? AangebodenAt { get; set; }

    /// <summary>The signatures made through the signing links.</summary>
    public List<Ondertekening> Ondertekeningen { get; set; } = [];

    /// <summary>The last day the agreement is in force, from its end date, its notice or an immediate end.</summary>
    public DateOnly? LastDay
    {
        get
        {
            DateOnly?[] ends =
            [
                EndDate,
                NoticeGivenOn?.AddMonths(NoticeMonths).AddDays(-1),
                EndedOn?.AddDays(-1),
            ];
            return ends.Where(d => d is not null).Min();
        }
    }

    public bool IsInForceOn(DateOnly date) => StartDate <= date && (LastDay is null || date <= LastDay);
}
