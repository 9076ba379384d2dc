package scales_test

import (
	"fmt"

	"sammebaat/scales"
)

func ExampleRead() {
	file := []byte(`{
  "format": "ses-response",
  "version": 1,
  "instrument": "ses-nb-2018",
  "lang": "nb",
  "id": "87c17e7f55b12a94dc2caf8cc926753d",
  "answers": {"gender": 2, "employment": [4, 1], "hum1": 6, "hum2": 5, "hum3": 4, "recovery": null}
}`)
	r, err := scales.Read("mine.json", file)
	if err != nil {
		fmt.Println(err)
		return
	}
	in := scales.SESNB2018()
	gender, _ := r.Code("gender")
	fmt.Println("gender:", in.Item("gender").Label(gender, r.Lang))
	fmt.Println("employment:", r.Answers["employment"])
	h := in.Score(r, "humour")
	fmt.Printf("humour: %.2f (%d of %d answered, %d needed)\n", h.Value, h.Answered, h.Items, h.Needed)
	fmt.Println("social missing:", in.Score(r, "social").Missing())

	_, err = scales.Read("bad.json", []byte(`{"format": "ses-response", "version": 1,
  "instrument": "ses-nb-2018", "lang": "nb", "id": "87c17e7f55b12a94dc2caf8cc926753d",
  "answers": {"age": 7}}`))
	fmt.Println(err)
	// Output:
	// gender: Mann
	// employment: [1 4]
	// humour: 5.00 (3 of 5 answered, 3 needed)
	// social missing: true
	// bad.json: answers.age: code 7 is out of range; allowed 1–4
}

func ExampleMarshal() {
	r := scales.Response{Lang: scales.EN, ID: "0123456789abcdef0123456789abcdef"}
	r.Set("satisfaction", 4)
	r.Set("employment", 4, 1)
	r.Set("gender", 1)
	b, err := scales.Marshal(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "format": "ses-response",
	//   "version": 1,
	//   "instrument": "ses-nb-2018",
	//   "lang": "en",
	//   "id": "0123456789abcdef0123456789abcdef",
	//   "answers": {
	//     "gender": 1,
	//     "employment": [1, 4],
	//     "satisfaction": 4
	//   }
	// }
}
