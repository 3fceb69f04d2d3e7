using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CijfersEnVaststelling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CeRecordedBy",
                table: "Vakken",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CeRecordedOn",
                table: "Vakken",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CeResitRecordedBy",
                table: "Vakken",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CeResitRecordedOn",
                table: "Vakken",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeRecordedBy",
                table: "Vakken",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SeRecordedOn",
                table: "Vakken",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UitslagVaststellingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeerlingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Schooljaar = table.Column<int>(type: "INTEGER", nullable: false),
                    VastgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Regeling = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Combinatiecijfer = table.Column<int>(type: "INTEGER", nullable: true),
                    CeGemiddelde = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    Grondslag = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitslagVaststellingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UitslagVaststellingen_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VakCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Deel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VakCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VakCodes_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UitslagVaststellingen_LeerlingId_VastgesteldOp",
                table: "UitslagVaststellingen",
                columns: new[] { "LeerlingId", "VastgesteldOp" });

            migrationBuilder.CreateIndex(
                name: "IX_VakCodes_SchoolId_Code",
                table: "VakCodes",
                columns: new[] { "SchoolId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UitslagVaststellingen");

            migrationBuilder.DropTable(
                name: "VakCodes");

            migrationBuilder.DropColumn(
                name: "CeRecordedBy",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "CeRecordedOn",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "CeResitRecordedBy",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "CeResitRecordedOn",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "SeRecordedBy",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "SeRecordedOn",
                table: "Vakken");
        }
    }
}
