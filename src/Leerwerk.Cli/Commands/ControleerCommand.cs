using System.CommandLine;
using System.Globalization;
using System.Text;
using Leerwerk.Cli.Controleer;
using Leerwerk.Domain;
using Leerwerk.Domain.Controle;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk controleer FILE</c>: judges student dossiers from JSON with <see cref="DossierRules"/>, the same
/// evaluation the web app shows. Exit 0 without MOET errors, 1 with one, 2 for unreadable or invalid input.
/// </summary>
internal static class ControleerCommand
{
    public const int Ok = 0;
    public const int MoetFout = 1;
    public const int OngeldigeInvoer = 2;

    public static Command Create()
    {
        var bestand = new Argument<string>("FILE")
        {
            Description = "JSON-bestand met één dossier of een array van dossiers (zie docs/controleer.md); '-' leest van standaardinvoer.",
        };
        var op = new Option<string?>("--op")
        {
            Description = "De peildatum (JJJJ-MM-DD) waarop de dossiers worden beoordeeld; standaard vandaag.",
        };

        var command = new Command("controleer", "Controleert leerlingdossiers (leerling, samenwerkingsovereenkomsten, plaatsingen, stage-uren) op de regels van het leer-werktraject.");
        command.Arguments.Add(bestand);
        command.Options.Add(op);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var opText = parseResult.GetValue(op);
            var date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            if (opText is not null && !DateOnly.TryParseExact(opText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                error.WriteLine($"--op: '{opText}' is geen geldige datum (gebruik JJJJ-MM-DD).");
                return OngeldigeInvoer;
            }

            var pad = parseResult.GetValue(bestand)!;
            byte[] bytes;
            try
            {
                bytes = pad == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(pad);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Het bestand '{pad}' kan niet worden gelezen: bestaat het en mag Leerwerk het openen?");
                return OngeldigeInvoer;
            }

            var inhoud = Utf8Bom.Strip(bytes);

            var (dossiers, errors) = DossierInvoer.Lees(inhoud);
            if (errors.Count > 0)
            {
                foreach (var line in errors)
                {
                    error.WriteLine(line);
                }

                return OngeldigeInvoer;
            }

            var results = dossiers.Select(d => (d, DossierRules.Evaluate(d, date))).ToList();
            using var buffer = new MemoryStream();
            BevindingenJson.Write(buffer, results);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Flush();
            return results.Any(r => r.Item2.Any(f => f.IsBlocking)) ? MoetFout : Ok;
        });
        return command;
    }

    private static byte[] ReadAll(Stream stdin)
    {
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
