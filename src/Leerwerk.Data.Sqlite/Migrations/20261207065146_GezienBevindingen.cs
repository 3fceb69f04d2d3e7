using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GezienBevindingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GezienBevindingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OnderwerpSoort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OnderwerpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uitleg = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GezienDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GezienOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GezienBevindingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GezienBevindingen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GezienBevindingen_SchoolId_RuleId_OnderwerpSoort_OnderwerpId",
                table: "GezienBevindingen",
                columns: new[] { "SchoolId", "RuleId", "OnderwerpSoort", "OnderwerpId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GezienBevindingen");
        }
    }
}
