/**
 * The quantity engine and the figure stage.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>The stage reads the text layer's normalized text ({@code Analysis.text()}: Simplified,
 *       half-width, variants folded by the one {@code fold.txt}); it never folds again.
 *       {@link io.github.policyreport.internal.quantity.QuantityEngine#find} normalizes a probed text
 *       the same way ({@code Normalizer}) and maps the spans back to it.</li>
 *   <li>{@link io.github.policyreport.internal.quantity.QuantityExtractor} finds mentions in one
 *       linear pass: the numeral run ({@link io.github.policyreport.internal.quantity.Runs}: Arabic,
 *       Chinese, financial, mixed 3万2千5百, spaced 3 万2 千5 百, 1 964万), inner approximations
 *       (200多亿), ranges (2-3类, 1.5万-2万元), the unit word (longest match in {@code units.tsv} and
 *       {@code currencies.tsv}, so 台币 beats the classifier 台), a currency before the number (港币,
 *       US$), sub-units after it (256元3角2分, 二十块五毛), a denominator (30万元/人), qualifier words
 *       ({@code qualifiers.tsv}), ranks (位列全省第3, 第三大, 前10位, 全省第一), percent words,
 *       fractions, tenths (六成八) and discounts (八五折 = 85 %);
 *       {@link io.github.policyreport.internal.quantity.Guards} and the word lists of
 *       {@code context.tsv} drop what is no quantity. A bare number written in Chinese only
 *       (一百三十七) is kept for the probe but marked {@code loose}: the figure stage skips it. A bare count
 *       takes 人 from a {@code people} noun of {@code context.tsv} right before it (参会代表7000多, 志愿者达1.2万)
 *       or right after it (3400万人口, 2万农民: the noun is in the span), also behind one or two
 *       {@code modifier} words of a closed list (120万困难群众, 3万返乡务工人员: the span stays the number).</li>
 *   <li>{@link io.github.policyreport.internal.quantity.Signs} finds a minus sign before a number
 *       ({@code sign}: 负, 零下, 负增长, -; not in {@code notsign} words such as 担负, 正负, nor after a
 *       letter or digit): {@link io.github.policyreport.internal.quantity.QuantityEngine} widens the span
 *       over it and marks the mention negative; the quantity stays a magnitude.</li>
 *   <li>{@link io.github.policyreport.internal.quantity.Numerals} reads the numeral itself: 零,
 *       the omitted trailing unit (三百五 = 350, 一万二 = 12000), chained scales (5万万, 兆 = 10^12),
 *       spoken decimals (五百点五), k/w shorthand (25k, 12w).</li>
 *   <li>{@link io.github.policyreport.internal.quantity.QuantityResolver} turns a
 *       {@link io.github.policyreport.internal.quantity.RawMention} into an exact
 *       {@link io.github.policyreport.model.Quantity} in the canonical unit.</li>
 *   <li>{@link io.github.policyreport.internal.quantity.FigureStage} reads the body sentence by
 *       sentence ({@link io.github.policyreport.internal.quantity.SentenceFigures}): subject
 *       ({@link io.github.policyreport.internal.quantity.Subjects}), growth rates paired with the figures
 *       they describe ({@link io.github.policyreport.internal.quantity.Changes}), region
 *       ({@link io.github.policyreport.internal.quantity.Where}), and the indicator/target decision.</li>
 *   <li>The decision reads the report's structure first:
 *       {@link io.github.policyreport.internal.quantity.Parts} gives each paragraph the tense of its
 *       part (a heading with a review or plan cue, its year or five-year plan, a bold heading line, a
 *       paragraph lead such as 过去一年 or 主要预期目标). In an achieved part only a later year plans a
 *       figure; elsewhere the cue nearest before a figure in its sentence (future cue, past marker,
 *       year; a deadline already past is met) decides, else the paragraph's mode (after 下一步…以下工作
 *       or a "2015年,…将…" opener, list items stay forward-looking; a list item is a paragraph the
 *       text layer typed as numbered, {@code Paragraph.numbered()}), else the document's character
 *       (a plan: no figure sentence marked as past, at least two future cues).</li>
 *   <li>Subjects: the noun phrase before the figure, or the head noun after a count or amount; a
 *       list before 分别 gives one item per figure (城乡居民 → 城镇/农村); from…to figures and rates
 *       without a phrase of their own carry the measure before them; a breakdown by part (其中，城市上涨…)
 *       takes the measure of the paragraph's rate before it; in a release giving 同比 and 环比, a rate
 *       names the basis in force in its paragraph; a base year (比2020年下降) is a basis, not a measure;
 *       a list before 从 names the figures of 从A和B分别提高到C和D; a share keeps 甲占乙比重; a rank takes
 *       the ranked thing of its own clause (or after 第N大, without the scope after the rank verb), else
 *       the figure before it; a counted head noun ends where its predicate opens (8所学校入选…); when
 *       nothing names the figure, the clause topic with {@code LOW_CONFIDENCE_SUBJECT}. Subjects
 *       built from another are bounded ({@code SentenceFigures.MAX_SUBJECT}), so runs of adjacent
 *       figures stay linear.</li>
 * </ol>
 *
 * <h2>Rule files</h2>
 * {@code units.tsv} (unit words; a fifth column {@code ARABIC} keeps 方 and 里 to numbers with Arabic
 * digits or 万/亿), {@code currencies.tsv} (ISO 4217 codes with their names in both scripts, symbols,
 * sub-units; sources in the README beside it), {@code qualifiers.tsv} (超过, 以上 …: 以上/以下 include
 * the number, so GE/LE), {@code context.tsv} (rank
 * verbs, rank scopes such as 全省, money words, people nouns, minus signs and the words that only hold one, lexicalised numerals, identifier prefixes, named-list
 * nouns, classifier inference, ratio subjects that make a bare figure a multiple (城乡居民收入比2.15 →
 * 2.15 x), characters that make 折 a word; {@code notpre} names the qualifier
 * it corrects: {@code notpre<TAB>约<TAB>签约|节约}), {@code figures.tsv} (future
 * cues and past markers, openers, review/plan part words and paragraph leads, subject strip (and
 * {@code leadstrip}: start only), boundary, framing and list-head words, paired words, {@code part}
 * words of a breakdown, change verbs; the exception kinds {@code notfuture}, {@code notpast},
 * {@code notboundary} and {@code notstrip} name the cue they correct: {@code notfuture<TAB>要<TAB>
 * 重要|主要|需要}). All are UTF-8, tab-separated and read by
 * {@link io.github.policyreport.internal.RuleFile}; the first column of {@code figures.tsv} and
 * {@code context.tsv} is an enum ({@code Cues.Kind}, {@code Rules.Context}), so an unknown kind, a
 * bad value or an exception that does not contain its cue fails loading with a
 * {@code RuleException} naming its file and line.
 *
 * <h2>How to run the stage with other rules</h2>
 * The rules are values passed in, never static fields: {@link io.github.policyreport.internal.quantity.QuantityRules}
 * (the number grammar: units, currencies, qualifiers, context words) and
 * {@link io.github.policyreport.internal.quantity.FigureRules} (the cues of {@code figures.tsv}
 * with a {@code QuantityRules}). Their {@code defaults()} are the shipped files, loaded once on
 * first use. {@code QuantityRules.with("units.tsv", lines)} replaces one file;
 * {@code FigureRules.of(cueLines, quantityRules)} builds a cue set from lines (start from
 * {@code FigureRules.defaultLines()}, add lines read by {@code RuleFile.parse});
 * {@code new FigureStage(rules)} and {@code QuantityEngine.find(rules, text)} read with them.
 *
 * <h2>How to add a unit, a cue or a guard</h2>
 * Add a line to the resource file; no code changes. Units: word, factor to the canonical unit,
 * code, kind ({@code TIME} and {@code NOT} words make a number no quantity). Then add a row to
 * {@code quantity-cases.tsv} or, for a new written form, to {@code quantity-forms.tsv} under its
 * heading (test resources): both are run in Simplified, Traditional and full-width forms. A currency
 * is one line of {@code currencies.tsv}.
 *
 * <h2>Traps</h2>
 * <ul>
 *   <li>Never match heading or list numbering (一、 (一) 1. ① 一是 ■) here: the text layer reads it
 *       once with {@code text.Numbering} and stores it in each {@code Paragraph} (kind, level,
 *       numbering).</li>
 *   <li>{@code FigureStage} reads each sentence isolated and bounded: pieces of at most 2000
 *       characters, at most {@code maxMentionsPerSentence} figures each, no further than
 *       {@code maxItems}. A rule that throws loses its sentence (and fails tests, which run
 *       strict): never parse a number with {@code Integer.parseInt} on text you did not check
 *       digit by digit (1.5万 is four characters, like a year).</li>
 *   <li>Scale characters (十 百 千 万 亿) belong to the number, never to the unit table; a unit that
 *       starts with one (千瓦, 千米, 百分点) stops the numeral run.</li>
 *   <li>A failed attempt must skip the whole numeral run, or hostile input turns quadratic.</li>
 *   <li>Characters that are both a unit and a morpheme (分 score vs 9时30分 and 分公司, 方 volume vs
 *       三方, 块 money only with 毛/角 after it) carry their condition in the data (ARABIC, SPOKEN) or a
 *       named check next to where the unit is read; add a row to {@code quantity-forms.tsv} for each.</li>
 *   <li>Single-character cue words occur inside other words (约 in 签约, 对 in 对接): prefer a
 *       longer cue; else attach the exception to the cue it corrects ({@code notboundary<TAB>对<TAB>
 *       对接|对外}, {@code notfuture}, {@code notpast}, {@code notstrip}; {@code notpre} in
 *       {@code context.tsv}) rather than adding code. An exception covers only its own cue.</li>
 *   <li>A cue list is a {@code Cues.Kind}: a new kind in {@code figures.tsv} needs its enum
 *       constant. Cues are found by walking the shared {@code internal.WordTrie} (per kind, and
 *       backwards for words ending at an offset); never probe a set with substrings in a loop
 *       over offsets. A lookup that needs the word's value (a unit, a sub-unit) uses an indexed
 *       trie ({@code WordTrie.indexed}) and builds no string; whether a range holds a word is
 *       {@code WordTrie.find}. Numeral characters are classified by a table in {@code Numerals},
 *       asked at every character: keep its switches the one source of that table.</li>
 *   <li>Small counts written in Chinese (三项改革, 四个方面) are named lists, not statistics; the
 *       figure stage drops Chinese-written counts up to ten.</li>
 *   <li>A range is never signed: magnitudes cannot hold -5到10. A Traditional character a new word
 *       list needs goes in the text layer's {@code fold.txt}; it must not merge with a numeral (參 is
 *       also a financial 叁: opencc4j makes it 参, and only 参拾/参佰/参仟 fold back to 叁).</li>
 * </ul>
 */
package io.github.policyreport.internal.quantity;
