using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_IntakegesprekOff",
                table: "Scholen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_MentorgesprekOff",
                table: "Scholen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_SignaleringOff",
                table: "Scholen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IntakeInstellingen_VoorlichtingOff",
                table: "Scholen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Intakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    SignaleringDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SignaleringDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AanmeldingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BriefOndertekend = table.Column<bool>(type: "boolean", nullable: false),
                    BriefPdf = table.Column<byte[]>(type: "bytea", maxLength: 5242880, nullable: true),
                    BriefFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    VoorlichtingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IntakegesprekDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IntakegesprekNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MentorgesprekDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BesluitDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Besluit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Alternatief = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BesluitReden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
