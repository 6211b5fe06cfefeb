/**
 * The text layer: bytes and markup to text, the normalized view with its offset map, boilerplate
 * removal, metadata and structure. Its product is an {@link io.github.policyreport.internal.text.Analysis}.
 *
 * <h2>How a page flows</h2>
 * <ol>
 *   <li>{@link io.github.policyreport.internal.text.Decoder} reads at most {@code maxBytes}
 *       (regular files only) and picks the charset (caller's override, BOM, UTF-16 without BOM by
 *       its text, a meta charset that decodes cleanly, strict UTF-8, GB18030 or Big5) and refuses
 *       binary input; {@link io.github.policyreport.internal.text.HtmlText}
 *       turns markup into one line per block element and keeps {@code <title>}/{@code <meta>}
 *       values as evidence.</li>
 *   <li>{@link io.github.policyreport.internal.text.Normalizer} makes the analysis view, the one
 *       normalization of the library: Simplified script (opencc4j's conversion, done exactly by
 *       {@code ScriptChars} from opencc4j's dictionaries), then the one-to-one
 *       {@code Fold} of every character (data: {@code fold.txt}: variants and Traditional
 *       characters opencc leaves, full-width ASCII, every space, 〜), invisible characters
 *       (zero-width, bidi controls) deleted, with an
 *       {@link io.github.policyreport.internal.text.OffsetMap} back to the source. The quantity and
 *       time stages read this text and never fold again; the probes ({@code Mentions}) normalize
 *       their text with it too, and rule words that need it (currency names) go through it.</li>
 *   <li>Lines become blocks; {@code Cues} (data: {@code boilerplate.txt}) mark boilerplate;
 *       {@code BlockClassifier} picks the body cluster, title, metadata and credit lines, the
 *       same way for text and HTML; {@code Dedup} keeps one copy of a doubled body. This is the one
 *       boilerplate cutter: a cue that ends articles (a related list, 责任编辑, comments) ends the
 *       body here, and the figure and time stages read the same {@code Analysis.body()}.</li>
 *   <li>{@code MetaReader} and {@code Regions} (data: {@code regions/}) read the metadata;
 *       {@code Structure} finds sections.</li>
 *   <li>{@link io.github.policyreport.internal.text.Years} is the one year scanner (four digits,
 *       1900–2100): published dates here and the figure stage's years both read through it.
 *       {@link io.github.policyreport.internal.text.PlanPeriods} holds the five-year plans
 *       ({@code plan-periods.txt}, {@code plan-parts.txt}) and the one plan-year anchor
 *       (今年是“十四五”开局之年 → 2021), read by a dateline's year here and by the reference year of
 *       the time stage.</li>
 * </ol>
 *
 * <h2>How to add a kind of development zone</h2>
 * Add a {@code pattern<TAB>full name} line to {@code regions/zones.txt} ({@code {city}高新区<TAB>
 * {city}高新技术产业开发区}); every city of the gazetteer then names its zone in both its full and
 * short forms. Add a row with a title and body of your own to {@code RegionsTest}.
 *
 * <h2>How to fold a character</h2>
 * Add a {@code from<TAB>to} line to {@code fold.txt} (one character each, or two phrases of the same
 * length written in folded form) and a row to {@code NormalizerTest}; never fold in a stage.
 *
 * <h2>How to add a cue</h2>
 * Add a {@code KIND<TAB>regex} line to {@code boilerplate.txt} in both scripts, and a row to
 * {@code ClassifierTest}. Site-only lines belong in the site's profile, not here. An unknown kind
 * fails loading with {@code file:line} and the known kinds.
 *
 * <h2>How to run the layer with other rules</h2>
 * {@link io.github.policyreport.internal.text.TextLayer} takes its
 * {@link io.github.policyreport.internal.text.TextRules} (the boilerplate cues and the metadata
 * word lists of {@code metadata-words.txt}) in its constructor; {@code TextLayer.defaults()} uses
 * the shipped files, loaded once on first use. To try a rule, start from
 * {@code TextRules.defaultLines(TextRules.BOILERPLATE)}, drop or add lines
 * ({@code RuleFile.parse(name, text)} reads lines held in memory) and build
 * {@code new TextLayer(TextRules.of(boilerplate, metadataWords))}; {@code StageRulesTest} does so.
 * The gazetteers ({@code regions/}, {@code variants.txt}) are shared by every rule set.
 *
 * <h2>How the shared tables load</h2>
 * No table loads in a static initializer: {@code Fold}, {@code PlanPeriods}, {@code Regions} (with
 * {@code Zones}) and {@code ScriptChars} each hold an {@code internal.Lazy} built on first use, so a
 * bad line fails as a {@code RuleException} naming file:line at every call (never as an
 * {@code ExceptionInInitializerError}). Hot loops fetch a table once per call ({@code Normalizer}
 * takes the {@code Fold} once per text: one array read per character). {@code Fold.of},
 * {@code PlanPeriods.Tables.of} and {@code Zones.patterns} build from given lines
 * ({@code TextTablesTest}).
 *
 * <h2>How to add a numbering family</h2>
 * Add a {@code Numbering.Family} with the rank it gives a heading line (0 for list points only),
 * read it in {@code Numbering.read}, and add rows to {@code NumberingTest}: the family, and its
 * near misses (a figure or date that starts the same way). Later stages read
 * {@code Paragraph.kind()} and {@code Paragraph.numbering()}; never match numbering again there.
 *
 * <h2>How to ask whether a line reads as a heading</h2>
 * {@code LineShape} is the one grammar of "a short line without a full stop is a heading", read once
 * per paragraph into {@code Paragraph.line()}. Ask it by name: {@code standalone()} (the text layer
 * makes the line a heading), {@code title()} (a bare title line naming what follows),
 * {@code unstopped()} (a short line that is no sentence). Never measure a line's length or scan it for
 * 。 in a stage; if a stage needs another strength, add a named property and rows to {@code LineShapeTest}.
 *
 * <h2>Traps</h2>
 * <ul>
 *   <li>Offsets in paragraphs are normalized offsets; report spans only through
 *       {@link io.github.policyreport.internal.text.Analysis#span(int, int)}.</li>
 *   <li>Cues never apply to lines over 150 characters: a body paragraph mentioning 打印 or a phone
 *       number stays body.</li>
 *   <li>A cue alternative runs its regex only on lines that hold its literal ({@code CueLiterals}
 *       reads it from the regex: the literal prefix, which must start the line for a {@code ^}
 *       alternative, else a literal character of its top level, else one word of its first plain
 *       word group that is neither optional nor repeated, or the first letter, in either case, of
 *       a {@code (?i:word)} group; a leading group is split into its members when each then has
 *       one). All literals sit in one
 *       {@code WordTrie} of at most 32 lists, walked once per offset of a line, so a line is asked
 *       about the few alternatives whose list occurs in it, not about each literal in turn. Give a
 *       new alternative a literal where you can: {@code ^[•·\s.|]*$} has none and is tried on
 *       every short line. A stage that tries patterns per line or paragraph checks what every
 *       match must hold before it makes a matcher (a separator, a role word's first character,
 *       a 。 within reach), or keeps its matchers in an {@code internal.Matchers} for the page.</li>
 *   <li>Label words before a separator (来源:, 发布者: admin | 浏览次数: 8) are the
 *       {@code meta-label} list of {@code metadata-words.txt}, found by a reversed
 *       {@code WordTrie} at each separator ({@code BlockClassifier.hasLabel}), never by an
 *       alternation tried at every offset; a new label is a word added there.</li>
 *   <li>Dictionaries are matched with the shared {@code internal.WordTrie}, never by probing a
 *       set with substrings: {@code Regions} walks one trie of names and stop phrases per offset,
 *       and only where a word can start ({@code WordTrie.nextStart}). A stage asking for the regions
 *       of a range of the page ({@code Analysis.firstPlace}/{@code lastPlace}) gets them scanned in
 *       place, as if the text ended there, never through a cut-out substring and a list;
 *       {@code RegionsTest} holds every range of its sentences to the cut-out answer.</li>
 *   <li>Metadata strings (title, source) are cut from the source text, so they keep the page's
 *       script; regions are always Simplified full names.</li>
 *   <li>Normalized text can be shorter than the source: a deleted zero-width character is an
 *       empty map group, so never assume equal lengths or index the source with a normalized
 *       offset. Cut text and windows only on code-point boundaries.</li>
 *   <li>A rule that fails throws: the pipeline isolates this stage (a {@code STAGE_FAILED}
 *       warning in production, an exception in tests, which run with
 *       {@code -Dpolicyreport.strict=true}). Never catch and hide a bug here.</li>
 *   <li>A speech line under a title (——2026年2月3日在…会议上) is the {@code delivered} date, never
 *       the published one; a labelled date (时间:, 发布日期:) beats an unlabelled one.</li>
 *   <li>The nation (中华人民共和国) is a region only when the title does not name a local one:
 *       provincial reports compare themselves with 全国 all the time.</li>
 *   <li>A zone (成都高新区) is matched as one name, longest first, so it no longer counts for its
 *       city: the city is listed only when it is named itself. A province is no zone prefix
 *       (陕西高新区), and a zone word running on into a longer word (新区域) is no zone. Zone names
 *       are never listed (patterns × cities make 36,000, which cost a start a third of a second):
 *       {@code Zones} matches prefix, city name and suffix, and must answer as the full list would
 *       ({@code ZonesTest} holds it to a listed reference).</li>
 *   <li>Start-up: no page reaches opencc4j's converter (its first call builds a 50,000-phrase
 *       trie) unless it has Han characters outside U+4E00–U+9FA5, which opencc4j segments apart.
 *       {@code ScriptChars.mayChange} tells the runs that stay as they are (most of a Simplified
 *       page); the others are converted by a table read per character, and only a run holding a
 *       phrase that converts otherwise than character by character (計畫→计划, 哪吒) builds the
 *       {@code Simplifier}, opencc4j's longest-match segmentation over its 49,000 phrase words.
 *       {@code SimplifierTest} holds the conversion to opencc4j's on every dictionary word and on
 *       random mixes; upgrading opencc4j means rerunning it and re-reading its segmenter.</li>
 *   <li>opencc4j leaves supplementary-plane characters alone; the map still handles conversions
 *       that change length (tested with a converter that does).</li>
 * </ul>
 */
package io.github.policyreport.internal.text;
