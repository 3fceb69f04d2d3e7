using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_AanmeldingOff",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_IntakegesprekOff",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_MentorgesprekOff",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_SignaleringOff",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_VoorlichtingOff",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Intakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeerlingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignaleringDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignaleringDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AanmeldingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BriefOndertekend = table.Column<bool>(type: "INTEGER", nullable: false),
                    BriefPdf = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: true),
                    BriefFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VoorlichtingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntakegesprekDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntakegesprekNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MentorgesprekDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BesluitDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Besluit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Alternatief = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BesluitReden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Intakes_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Intakes_LeerlingId",
                table: "Intakes",
                column: "LeerlingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Intakes");

            migrationBuilder.DropColumn(
                name: "IntakeInstellingen_AanmeldingOff",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "IntakeInstellingen_IntakegesprekOff",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "IntakeInstellingen_MentorgesprekOff",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "IntakeInstellingen_SignaleringOff",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "IntakeInstellingen_VoorlichtingOff",
                table: "Scholen");
        }
    }
}
