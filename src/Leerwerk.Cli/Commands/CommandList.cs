using System.CommandLine;

namespace Leerwerk.Cli.Commands;

/// <summary>Every subcommand of <c>leerwerk</c>, in the order <c>--help</c> shows them.</summary>
internal static class CommandList
{
    public static IEnumerable<Command> All() =>
    [
        RegelsCommand.Create(),
        UitslagCommand.Create(),
        ControleerCommand.Create(),
        MigrateCommand.Create(),
        DemoCommand.Create(),
        SchoolCommand.Create(),
        GebruikerCommand.Create(),
        BewaartermijnCommand.Create(),
        BackupCommand.Create(),
        RestoreCommand.Create(),
    ];
}
