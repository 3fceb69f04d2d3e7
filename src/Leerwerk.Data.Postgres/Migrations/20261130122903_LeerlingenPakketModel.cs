using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeerlingenPakketModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessingTeacher",
                table: "Vakken",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPartial",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OutsideSchool",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsKunst",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsLo",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsMaatschappijleer",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MaatschappelijkeStage",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Vrijstellingen",
                table: "Doorstroom",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AangebodenKeuzevakken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangebodenKeuzevakken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangebodenKeuzevakken_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AangebodenKeuzevakken_SchoolId_Name",
                table: "AangebodenKeuzevakken",
                columns: new[] { "SchoolId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangebodenKeuzevakken");

            migrationBuilder.DropColumn(
                name: "AssessingTeacher",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "IsPartial",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "OutsideSchool",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "FollowsKunst",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "FollowsLo",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "FollowsMaatschappijleer",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "MaatschappelijkeStage",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "Vrijstellingen",
                table: "Doorstroom");
        }
    }
}
