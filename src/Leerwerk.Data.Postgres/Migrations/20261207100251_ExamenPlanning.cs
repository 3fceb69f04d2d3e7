using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExamenPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CeDatum",
                table: "Vakken",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CeInLeerjaar3",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Herkansen",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CeDatum",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "CeInLeerjaar3",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "Herkansen",
                table: "Vakken");
        }
    }
}
