namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>One signature on a leer-werkovereenkomst: who signed, for which party, on which date.</summary>
public sealed class Ondertekening : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerwerkovereenkomstId { get; set; }

    public Partij Partij { get; set; }

    public required string SignerName { get; set; }

    public DateOnly SignedOn { get; set; }
}
