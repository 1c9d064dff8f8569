package roads

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("RoadClass", func(t *testing.T) { rulestest.EnumText(t, roadClasses) })
}

func ExampleLocality_UnmarshalText() {
	var l Locality
	fmt.Println(json.Unmarshal([]byte(`"瑞安市"`), &l), l)
	fmt.Println(json.Unmarshal([]byte(`""`), &l))
	// Output:
	// <nil> 瑞安市
	// locality: "" is not one of: 鹿城区, 龙湾区, 瓯海区, 洞头区, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 瑞安市, 乐清市, 龙港市
}
