package roads_test

import (
	"fmt"
	"testing"

	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func ExampleLocality_English() {
	fmt.Println(roads.Lucheng.English(), "/", roads.Ruian.English(), "/", roads.Yongjia.English())
	// Output: Lucheng District / Rui'an City / Yongjia County
}

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, roads.Localities())
	rulestest.Labels(t, []roads.RoadClass{roads.CountyRoad, roads.TownshipRoad, roads.VillageRoad})
}
