using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Herinneringen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackgroundLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "HerinneringInstellingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    HandtekeningAan = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandtekeningDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    UrenOverzichtAan = table.Column<bool>(type: "INTEGER", nullable: false),
                    HerbeoordelingAan = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErkenningAan = table.Column<bool>(type: "INTEGER", nullable: false),
                    SamenwerkingAan = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrognoseAan = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HerinneringInstellingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HerinneringInstellingen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerzondenHerinneringen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Aanleiding = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VerzondenOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerzondenHerinneringen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerzondenHerinneringen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HerinneringInstellingen_SchoolId",
                table: "HerinneringInstellingen",
                column: "SchoolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerzondenHerinneringen_SchoolId_Soort_Onderwerp_Aanleiding",
                table: "VerzondenHerinneringen",
                columns: new[] { "SchoolId", "Soort", "Onderwerp", "Aanleiding" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundLeases");

            migrationBuilder.DropTable(
                name: "HerinneringInstellingen");

            migrationBuilder.DropTable(
                name: "VerzondenHerinneringen");
        }
    }
}
