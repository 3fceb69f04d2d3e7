namespace Leerwerk.Domain.Scholen.Gegevens;

/// <summary>
/// A Dutch street address: straat, huisnummer (with any toevoeging, e.g. "12a" or "3-1"), postcode and
/// plaats. <see cref="Fouten"/> checks a complete address; <see cref="Regel"/> writes it on one line.
/// </summary>
public sealed record Adres(string? Straat, string? Huisnummer, string? Postcode, string? Plaats)
{
    /// <summary>"Dorpsstraat 12, 4001 AB Tiel"; only the parts that are filled in, empty when none is.</summary>
    public string Regel
    {
        get
        {
            var street = string.Join(' ', new[] { Straat, Huisnummer }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
            var place = string.Join(' ', new[] { Postcode, Plaats }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
            return string.Join(", ", new[] { street, place }.Where(p => p.Length > 0));
        }
    }

    /// <summary>Whether straat, huisnummer, postcode and plaats are all filled in.</summary>
    public bool IsCompleet =>
        !string.IsNullOrWhiteSpace(Straat) && !string.IsNullOrWhiteSpace(Huisnummer)
        && !string.IsNullOrWhiteSpace(Postcode) && !string.IsNullOrWhiteSpace(Plaats);

    /// <summary>Per part (Straat, Huisnummer, Postcode, Plaats) the Dutch message of what is wrong; empty when the address is complete and well-formed.</summary>
    public IReadOnlyDictionary<string, string> Fouten()
    {
        var fouten = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Straat))
        {
            fouten[nameof(Straat)] = "Vul de straat in.";
        }

        if (string.IsNullOrWhiteSpace(Huisnummer))
        {
            fouten[nameof(Huisnummer)] = "Vul het huisnummer in.";
        }
        else if (!char.IsAsciiDigit(Huisnummer.Trim()[0]))
        {
            fouten[nameof(Huisnummer)] = $"'{Huisnummer.Trim()}' is geen huisnummer: het begint met een cijfer, bijvoorbeeld 12 of 12a.";
        }

        if (Gegevens.Postcode.Fout(Postcode) is { } postcode)
        {
            fouten[nameof(Postcode)] = postcode;
        }

        if (string.IsNullOrWhiteSpace(Plaats))
        {
            fouten[nameof(Plaats)] = "Vul de plaats in.";
        }

        return fouten;
    }
}
