using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LandelijkeVakanties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LandelijkeVakanties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Schooljaar = table.Column<int>(type: "integer", nullable: false),
                    Regio = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandelijkeVakanties", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LandelijkeVakanties_Schooljaar_Regio_Omschrijving",
                table: "LandelijkeVakanties",
                columns: new[] { "Schooljaar", "Regio", "Omschrijving" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LandelijkeVakanties");
        }
    }
}
