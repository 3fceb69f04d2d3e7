namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>One data row of the CSV with its row number; absent optional columns read as empty.</summary>
internal sealed class CsvRij(List<string> kop, IReadOnlyList<string> velden, int nummer)
{
    public int Nummer { get; } = nummer;

    public string this[string kolom] => kop.IndexOf(kolom) is var i and >= 0 ? velden[i] : string.Empty;

    public ImportFout Fout(string kolom, string wat, string code) => new(Nummer, kolom, wat, code);
}
