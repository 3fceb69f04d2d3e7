using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SamenwerkingOndertekenen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AangebodenAt",
                table: "Samenwerkingsovereenkomsten",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ondertekenstatus",
                table: "Samenwerkingsovereenkomsten",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Vastgelegd");

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningslinks",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningen",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryEmail",
                table: "MboInstellingen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryName",
                table: "MboInstellingen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks",
                column: "SamenwerkingsovereenkomstId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Ondertekeningslinks_EenOvereenkomst",
                table: "Ondertekeningslinks",
                sql: "(\"LeerwerkovereenkomstId\" IS NULL) <> (\"SamenwerkingsovereenkomstId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningen_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen",
                column: "SamenwerkingsovereenkomstId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Ondertekeningen_EenOvereenkomst",
                table: "Ondertekeningen",
                sql: "(\"LeerwerkovereenkomstId\" IS NULL) <> (\"SamenwerkingsovereenkomstId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Ondertekeningen_Samenwerkingsovereenkomsten_Samenwerkingsov~",
                table: "Ondertekeningen",
                column: "SamenwerkingsovereenkomstId",
                principalTable: "Samenwerkingsovereenkomsten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Ondertekeningslinks_Samenwerkingsovereenkomsten_Samenwerkin~",
                table: "Ondertekeningslinks",
                column: "SamenwerkingsovereenkomstId",
                principalTable: "Samenwerkingsovereenkomsten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Ondertekeningen_Samenwerkingsovereenkomsten_Samenwerkingsov~",
                table: "Ondertekeningen");

            migrationBuilder.DropForeignKey(
                name: "FK_Ondertekeningslinks_Samenwerkingsovereenkomsten_Samenwerkin~",
                table: "Ondertekeningslinks");

            migrationBuilder.DropIndex(
                name: "IX_Ondertekeningslinks_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Ondertekeningslinks_EenOvereenkomst",
                table: "Ondertekeningslinks");

            migrationBuilder.DropIndex(
                name: "IX_Ondertekeningen_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Ondertekeningen_EenOvereenkomst",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "AangebodenAt",
                table: "Samenwerkingsovereenkomsten");

            migrationBuilder.DropColumn(
                name: "Ondertekenstatus",
                table: "Samenwerkingsovereenkomsten");

            migrationBuilder.DropColumn(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks");

            migrationBuilder.DropColumn(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "SignatoryEmail",
                table: "MboInstellingen");

            migrationBuilder.DropColumn(
                name: "SignatoryName",
                table: "MboInstellingen");

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningslinks",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningen",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
