import { pickByLocale } from "../i18n/locale-chain.ts";

/**
 * The words around a kit's article, per language: the fields file beside it, the author line in
 * it and how the README says to paste it. A locale without its own set uses its language's, then
 * English, as the README does.
 */
export interface ArticleStrings {
  /** The author line at the top of the article: the house, then who made the images. */
  byline: (house: string, creators: readonly string[]) => string;
  title: string;
  author: string;
  digest: string;
  covers: string;
  /** The README's heading for the article of a platform. */
  heading: (platform: string) => string;
  /** How to paste it, one line each. */
  howTo: (article: string, fields: string, imagesFolder: string) => string[];
  /** Said of a cover file in the fields file and the README. */
  coverFile: (file: string, crop: string) => string;
}

const list = (separator: string) => (items: readonly string[]) => items.join(separator);

const en: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0 ? `Text: ${house} · Images: ${list(", ")(creators)}` : `Text: ${house}`,
  title: "Title",
  author: "Author",
  digest: "Digest",
  covers: "Cover (upload it separately)",
  heading: (platform) => `${platform} article`,
  howTo: (article, fields, images) => [
    `${article}: the story as an article for the editor, with its images and the author line.`,
    "Quickest: open the article from the kit's page on the site (its images are online there), select all, copy, and paste into the editor; the images come with it.",
    "Or open it in a browser from the unpacked kit, select all, copy, and paste into the editor.",
    `The editor does not take images from the clipboard: where an image stays empty, upload it from ${images} (same order).`,
    `${fields}: the title, author and digest, to paste into their own fields; upload the cover separately.`,
  ],
  coverFile: (file, crop) => `${file} (${crop})`,
};

const fr: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0
      ? `Texte : ${house} · Images : ${list(", ")(creators)}`
      : `Texte : ${house}`,
  title: "Titre",
  author: "Auteur",
  digest: "Résumé",
  covers: "Couverture (à téléverser à part)",
  heading: (platform) => `Article ${platform}`,
  howTo: (article, fields, images) => [
    `${article} : le récit en article pour l'éditeur, avec ses images et la ligne d'auteur.`,
    "Le plus simple : ouvrez l'article depuis la page du kit sur le site (ses images y sont en ligne), sélectionnez tout, copiez et collez dans l'éditeur ; les images suivent.",
    "Ou ouvrez-le dans un navigateur depuis le kit décompressé, sélectionnez tout, copiez et collez dans l'éditeur.",
    `L'éditeur ne prend pas les images du presse-papiers : là où une image reste vide, téléversez-la depuis ${images} (même ordre).`,
    `${fields} : titre, auteur et résumé, à coller dans leurs champs ; téléversez la couverture à part.`,
  ],
  coverFile: (file, crop) => `${file} (${crop})`,
};

const zhHans: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0 ? `文｜${house}　图｜${list("、")(creators)}` : `文｜${house}`,
  title: "标题",
  author: "作者",
  digest: "摘要",
  covers: "封面（请单独上传）",
  heading: (platform) => `${platform}图文`,
  howTo: (article, fields, images) => [
    `${article}：供编辑器使用的图文，含图片和作者信息。`,
    "最简便：在网站的资料包页面打开图文（图片已在线），全选、复制，再粘贴到编辑器中，图片会一并带入。",
    "或在解压后的资料包中用浏览器打开，全选、复制，再粘贴到编辑器中。",
    `编辑器不接收剪贴板中的图片：如有图片显示为空，请从 ${images} 按顺序上传。`,
    `${fields}：标题、作者和摘要，分别粘贴到对应栏位；封面请单独上传。`,
  ],
  coverFile: (file, crop) => `${file}（${crop}）`,
};

const ja: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0 ? `文：${house}　写真：${list("、")(creators)}` : `文：${house}`,
  title: "タイトル",
  author: "著者",
  digest: "概要",
  covers: "カバー画像（別途アップロード）",
  heading: (platform) => `${platform}記事`,
  howTo: (article, fields, images) => [
    `${article}：エディタ用の記事。画像と著者表記入り。`,
    "いちばん簡単なのは、サイトのキットページから記事を開く方法です（画像がオンラインにあります）。すべて選択してコピーし、エディタに貼り付ければ画像も入ります。",
    "または、展開したキットからブラウザで開き、すべて選択してコピーし、エディタに貼り付けてください。",
    `エディタはクリップボードの画像を受け付けません。空のままの画像は ${images} から同じ順にアップロードしてください。`,
    `${fields}：タイトル・著者・概要。それぞれの欄に貼り付け、カバー画像は別途アップロードしてください。`,
  ],
  coverFile: (file, crop) => `${file}（${crop}）`,
};

const ko: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0 ? `글: ${house} · 사진: ${list(", ")(creators)}` : `글: ${house}`,
  title: "제목",
  author: "작성자",
  digest: "요약",
  covers: "대표 이미지(따로 업로드)",
  heading: (platform) => `${platform} 글`,
  howTo: (article, fields, images) => [
    `${article}: 에디터에 붙여 넣을 글. 이미지와 작성자 표기가 들어 있습니다.`,
    "가장 쉬운 방법: 사이트의 키트 페이지에서 글을 열고(이미지가 온라인에 있습니다) 전체 선택 후 복사해 에디터에 붙여 넣으면 이미지도 함께 들어갑니다.",
    "또는 압축을 푼 키트에서 브라우저로 열고, 전체 선택 후 복사해 에디터에 붙여 넣으세요.",
    `에디터가 클립보드의 이미지를 받지 않으면, 빈 자리에 ${images}의 이미지를 같은 순서로 업로드하세요.`,
    `${fields}: 제목과 작성자. 각 입력란에 붙여 넣으세요.`,
  ],
  coverFile: (file, crop) => `${file} (${crop})`,
};

const ar: ArticleStrings = {
  byline: (house, creators) =>
    creators.length > 0 ? `النص: ${house} · الصور: ${list("، ")(creators)}` : `النص: ${house}`,
  title: "العنوان",
  author: "الكاتب",
  digest: "الملخص",
  covers: "صورة الغلاف (تُرفع على حدة)",
  heading: (platform) => `مقال ${platform}`,
  howTo: (article, fields, images) => [
    `${article}: القصة مقالاً للمحرر، مع صورها وسطر الكاتب.`,
    "الأسهل: افتح المقال من صفحة الحزمة على الموقع (صوره متاحة هناك)، وحدّد الكل وانسخه والصقه في المحرر؛ فتنتقل الصور معه.",
    "أو افتحه في المتصفح من الحزمة بعد فكّها، وحدّد الكل وانسخه والصقه في المحرر.",
    `لا يأخذ المحرر الصور من الحافظة: حيث تبقى صورة فارغة، ارفعها من ${images} بالترتيب نفسه.`,
    `${fields}: العنوان والكاتب والملخص، لتلصقها في حقولها؛ وارفع الغلاف على حدة.`,
  ],
  coverFile: (file, crop) => `${file} (${crop})`,
};

const STRINGS: Record<string, ArticleStrings> = { en, fr, "zh-Hans": zhHans, ja, ko, ar };

export function articleStrings(locale: string): ArticleStrings {
  return pickByLocale(STRINGS, locale, en);
}
