using System.CommandLine;
using System.Text;
using Leerwerk.Cli.Uitslag;
using Leerwerk.Domain.Examens;

namespace Leerwerk.Cli.Commands;

/// <summary><c>leerwerk uitslag FILE</c>: the exam result of BB and LWT candidates from a JSON or CSV file.</summary>
internal static class UitslagCommand
{
    public static Command Create()
    {
        var bestand = new Argument<string>("FILE")
        {
            Description = "JSON- of CSV-bestand met kandidaten (zie docs/uitslag.md); '-' leest van standaardinvoer.",
        };
        var afronding = new Option<string>("--se-afronding")
        {
            Description = "Hoe de school een PTA-gemiddelde van een vak zonder CE heel maakt: half-up (standaard), eerst-een-decimaal of afkappen.",
            DefaultValueFactory = _ => "half-up",
        };
        afronding.AcceptOnlyFromAmong("half-up", "eerst-een-decimaal", "afkappen");

        var command = new Command("uitslag", "Bepaalt de uitslag (geslaagd, afgewezen, onvolledig) van bb- en LWT-kandidaten volgens UB WVO 2020 art. 3.35.");
        command.Arguments.Add(bestand);
        command.Options.Add(afronding);
        command.SetAction(parseResult =>
        {
            var settings = new UitslagSettings(parseResult.GetValue(afronding) switch
            {
                "eerst-een-decimaal" => SeAfronding.EerstEenDecimaal,
                "afkappen" => SeAfronding.Afkappen,
                _ => SeAfronding.HalfUp,
            });
            var invoer = InvoerBestand.Lees(parseResult.GetValue(bestand)!, Console.OpenStandardInput);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (ReferenceEquals(output, Console.Out))
            {
                // Stream straight to stdout: a school's file of thousands of candidates is never held twice in memory.
                using var stdout = Console.OpenStandardOutput();
                return UitslagRunner.Run(invoer, stdout, error, settings);
            }

            using var buffer = new MemoryStream();
            var code = UitslagRunner.Run(invoer, buffer, error, settings);
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Flush();
            return code;
        });
        return command;
    }
}
