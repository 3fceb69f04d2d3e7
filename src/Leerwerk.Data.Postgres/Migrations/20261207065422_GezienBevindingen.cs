using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OnderwerpSoort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OnderwerpId = table.Column<int>(type: "integer", nullable: false),
                    Uitleg = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GezienDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GezienOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
