using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartnersModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LeerwerkovereenkomstStatusWijzigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerwerkovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeerwerkovereenkomstStatusWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeerwerkovereenkomstStatusWijzigingen_Leerwerkovereenkomste~",
                        column: x => x.LeerwerkovereenkomstId,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SamenwerkingWijzigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SamenwerkingsovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SamenwerkingWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SamenwerkingWijzigingen_Samenwerkingsovereenkomsten_Samenwe~",
                        column: x => x.SamenwerkingsovereenkomstId,
                        principalTable: "Samenwerkingsovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LeerwerkovereenkomstStatusWijzigingen_LeerwerkovereenkomstId",
                table: "LeerwerkovereenkomstStatusWijzigingen",
                column: "LeerwerkovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_SamenwerkingWijzigingen_SamenwerkingsovereenkomstId",
                table: "SamenwerkingWijzigingen",
                column: "SamenwerkingsovereenkomstId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeerwerkovereenkomstStatusWijzigingen");

            migrationBuilder.DropTable(
                name: "SamenwerkingWijzigingen");
        }
    }
}
