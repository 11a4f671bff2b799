package org.rogatory.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The customary Latin spellings of the common Korean family names. Koreans spell their family names
 * by family custom rather than by any romanisation system (이 is Lee or Rhee, 박 is Park, 최 is Choi,
 * 유 is Yoo), so the sound of the Revised or McCune-Reischauer reading often misses them; together
 * these names are carried by more than nine in ten Koreans (the spellings as Statistics Korea and the
 * National Institute of Korean Language list them).
 */
final class KoreanSurnames {

    private static final Map<String, Set<String>> SPELLINGS = new HashMap<>();

    static {
        String[] table = {
                "김", "kim gim", "이", "lee yi rhee ri rhie i", "리", "lee ri rhee yi", "박", "park pak bak",
                "최", "choi choe chwe", "정", "jung jeong chung cheong jong chong", "강", "kang gang",
                "조", "cho jo joe", "윤", "yoon yun", "장", "jang chang", "임", "lim im rim", "림", "lim rim",
                "한", "han", "오", "oh o", "서", "seo suh so", "신", "shin sin", "권", "kwon gwon",
                "황", "hwang", "안", "ahn an", "송", "song", "류", "ryu yoo yu rhyu lyu", "유", "yoo yu ryu",
                "홍", "hong", "전", "jeon chun jun chon", "고", "ko go koh", "문", "moon mun", "양", "yang",
                "손", "son sohn", "배", "bae pae", "백", "baek paik paek", "허", "heo hur huh",
                "남", "nam", "노", "noh roh no", "로", "roh noh ro", "하", "ha", "곽", "kwak gwak",
                "성", "sung seong", "차", "cha", "주", "joo ju chu", "우", "woo u", "구", "koo gu ku",
                "민", "min", "나", "na ra", "라", "ra na", "진", "jin chin", "지", "ji chi", "엄", "eom um",
                "채", "chae", "원", "won", "천", "cheon chun", "방", "bang pang", "공", "kong gong",
                "현", "hyun hyeon", "함", "ham", "변", "byun byeon pyon", "염", "yeom yum", "여", "yeo yuh",
                "추", "choo chu", "도", "do doh", "석", "seok suk", "선", "sun seon", "설", "seol sul",
                "마", "ma", "길", "gil kil", "연", "yeon yun", "위", "wi wee", "표", "pyo", "명", "myung myeong",
                "기", "ki gi", "반", "ban", "왕", "wang", "금", "keum geum", "옥", "ok", "육", "yook yuk",
                "인", "in", "맹", "maeng", "제", "je", "모", "mo", "탁", "tak", "국", "kook guk",
                "은", "eun", "용", "yong", "경", "kyung gyeong", "봉", "bong", "부", "boo bu",
                "황보", "hwangbo", "남궁", "namgung namkoong", "제갈", "jegal", "선우", "sunwoo seonu",
        };
        for (int i = 0; i < table.length; i += 2) {
            SPELLINGS.put(table[i], Set.of(table[i + 1].split(" ")));
        }
    }

    private KoreanSurnames() {
    }

    /** Whether {@code ascii} (lower-case Latin letters) is a customary spelling of the Hangul family name. */
    static boolean spelt(String hangul, String ascii) {
        Set<String> spellings = SPELLINGS.get(hangul);
        return spellings != null && spellings.contains(ascii);
    }
}
