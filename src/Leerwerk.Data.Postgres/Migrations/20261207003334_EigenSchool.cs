using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EigenSchool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HouseNumber",
                table: "Scholen",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "Scholen",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryFunction",
                table: "Scholen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryName",
                table: "Scholen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Scholen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Leerlingen",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseNumber",
                table: "Leerlingen",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "Leerlingen",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Leerlingen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AangebodenProfielen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangebodenProfielen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangebodenProfielen_Profielen_ProfielCode",
                        column: x => x.ProfielCode,
                        principalTable: "Profielen",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AangebodenProfielen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_Brin_Vestiging",
                table: "Scholen",
                columns: new[] { "Brin", "Vestiging" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AangebodenProfielen_ProfielCode",
                table: "AangebodenProfielen",
                column: "ProfielCode");

            migrationBuilder.CreateIndex(
                name: "IX_AangebodenProfielen_SchoolId_ProfielCode",
                table: "AangebodenProfielen",
                columns: new[] { "SchoolId", "ProfielCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangebodenProfielen");

            migrationBuilder.DropIndex(
                name: "IX_Scholen_Brin_Vestiging",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "HouseNumber",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "SignatoryFunction",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "SignatoryName",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Street",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "City",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "HouseNumber",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "Street",
                table: "Leerlingen");
        }
    }
}
