// Package welfare encodes part 1 of 温政发〔2022〕6号, the opinions of the
// Wenzhou municipal government on further helping special groups towards
// common prosperity (关于进一步帮扶特殊群体推进共同富裕的若干政策意见), in force
// 2022-05-01 to 2025-12-31 (附则3): the targets for 2025 (一) and living
// security (二、安心生活保障).
package welfare
