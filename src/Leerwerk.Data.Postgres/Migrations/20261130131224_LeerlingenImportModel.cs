using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeerlingenImportModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "KerndoelUrenLeerjaar1",
                table: "Leerlingen",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "KerndoelUrenLeerjaar2",
                table: "Leerlingen",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LwtBeoogd",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KerndoelUrenLeerjaar1",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "KerndoelUrenLeerjaar2",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "LwtBeoogd",
                table: "Leerlingen");
        }
    }
}
