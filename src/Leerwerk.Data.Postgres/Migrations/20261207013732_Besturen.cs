using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Besturen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BestuurId",
                table: "Scholen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BestuurId",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Besturen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BevoegdGezagNummer = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Besturen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_BestuurId",
                table: "Scholen",
                column: "BestuurId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_BestuurId",
                table: "AspNetUsers",
                column: "BestuurId");

            migrationBuilder.CreateIndex(
                name: "IX_Besturen_Name",
                table: "Besturen",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Besturen_BestuurId",
                table: "AspNetUsers",
                column: "BestuurId",
                principalTable: "Besturen",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Scholen_Besturen_BestuurId",
                table: "Scholen",
                column: "BestuurId",
                principalTable: "Besturen",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Besturen_BestuurId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Scholen_Besturen_BestuurId",
                table: "Scholen");

            migrationBuilder.DropTable(
                name: "Besturen");

            migrationBuilder.DropIndex(
                name: "IX_Scholen_BestuurId",
                table: "Scholen");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_BestuurId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "BestuurId",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "BestuurId",
                table: "AspNetUsers");
        }
    }
}
